// Editing commands of the toolbar and shortcuts, on top of Tiptap's, for a standard's blocks.
import type { Editor } from '@tiptap/core';
import type { Node as PMNode, NodeType } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { newIdFor, normalizeHref, type ProvisionKind } from '../../../model/index.ts';
import { nextSibling, previousSibling, sectionAt, topIndexAt, type Section } from './structure.ts';

/** The top-level block around the selection, when the selection sits directly in one. */
function topBlock(editor: Editor): { node: PMNode; pos: number } | null {
  const { $from } = editor.state.selection;
  if ($from.depth < 1) return null;
  const node = $from.node(1);
  return { node, pos: $from.before(1) };
}

/**
 * Attributes for turning the block into another type. Tiptap's setNode copies every
 * attribute of the old block, id included: a provision made a clause would keep its "p-" id.
 * A new type gets a fresh id (ids are never reused, and nothing can point at the old one).
 */
function convertedAttrs(type: string, attrs: Record<string, unknown>): Record<string, unknown> {
  return { ...attrs, id: newIdFor(type) };
}

/** Whether the selection's textblock is a top-level block (not inside a list or table). */
function atTopLevel(editor: Editor): boolean {
  return editor.state.selection.$from.depth === 1;
}

/** Use for "Clause 1/2/3", "Front matter" and "Annex": turn the block into a heading of that kind. */
export function setClause(editor: Editor, kind: 'clause' | 'front' | 'annex', level = 1): boolean {
  if (!atTopLevel(editor)) return false;
  const attrs = {
    kind,
    level: kind === 'clause' ? level : 1,
    annexType: kind === 'annex' ? 'normative' : null,
  };
  const block = topBlock(editor);
  if (block?.node.type.name === 'clause')
    return editor.chain().focus().updateAttributes('clause', attrs).run();
  return editor.chain().focus().setNode('clause', convertedAttrs('clause', attrs)).run();
}

/** Use to switch an annex between normative and informative. */
export function toggleAnnexType(editor: Editor): boolean {
  const block = topBlock(editor);
  if (block?.node.type.name !== 'clause' || block.node.attrs.kind !== 'annex') return false;
  const next = block.node.attrs.annexType === 'informative' ? 'normative' : 'informative';
  return editor.chain().focus().updateAttributes('clause', { annexType: next }).run();
}

/** Use for the provision kinds (shall / should / may / statement / note / example); a provision keeps its id. */
export function setProvision(editor: Editor, kind: ProvisionKind): boolean {
  if (!atTopLevel(editor)) return false;
  const block = topBlock(editor);
  if (block?.node.type.name === 'provision')
    return editor.chain().focus().updateAttributes('provision', { kind }).run();
  return editor.chain().focus().setNode('provision', convertedAttrs('provision', { kind })).run();
}

/** Use to make the block a term entry, or update the term's attributes when it is one. */
export function setTerm(
  editor: Editor,
  attrs: { term: string; alternatives: string[]; source: string | null },
): boolean {
  if (!atTopLevel(editor)) return false;
  const block = topBlock(editor);
  if (block?.node.type.name === 'term')
    return editor.chain().focus().updateAttributes('term', attrs).run();
  return editor.chain().focus().setNode('term', convertedAttrs('term', attrs)).run();
}

/** The current term's attributes, when the selection is in a term. */
export function currentTerm(
  editor: Editor,
): { term: string; alternatives: string[]; source: string | null } | null {
  const block = topBlock(editor);
  if (block?.node.type.name !== 'term') return null;
  const attrs = block.node.attrs as {
    term: string;
    alternatives: string[] | null;
    source: string | null;
  };
  return { term: attrs.term, alternatives: attrs.alternatives ?? [], source: attrs.source };
}

/** Use to insert a cross-reference to a clause at the cursor. */
export function insertCrossRef(editor: Editor, target: string): boolean {
  return editor.chain().focus().insertContent({ type: 'crossRef', attrs: { target } }).run();
}

export type ListKind = 'bulletList' | 'orderedList' | 'taskList';

/**
 * Use for the list buttons. Top-level blocks are provisions, which lists cannot hold, so a
 * provision becomes a one-item list holding its text; inside a list Tiptap's toggle applies.
 */
export function toggleList(editor: Editor, kind: ListKind): boolean {
  const { state } = editor;
  const itemName = kind === 'taskList' ? 'taskItem' : 'listItem';
  if (!atTopLevel(editor)) {
    // Leaving a one-item top-level list turns it back into a provision.
    const { $from } = state.selection;
    const list = $from.depth >= 3 ? $from.node(1) : null;
    if (list?.type.name === kind && list.childCount === 1 && $from.depth === 3) {
      const provision = state.schema.nodes.provision as NodeType;
      const text = $from.parent.content;
      const from = $from.before(1);
      const tr = state.tr.replaceWith(from, from + list.nodeSize, provision.create(null, text));
      tr.setSelection(TextSelection.create(tr.doc, from + 1 + $from.parentOffset));
      editor.view.dispatch(tr.scrollIntoView());
      return true;
    }
    return editor.chain().focus().toggleList(kind, itemName).run();
  }
  const block = topBlock(editor);
  if (!block || block.node.type.name === 'clause') return false;
  const { nodes } = state.schema;
  const paragraph = nodes.paragraph as NodeType;
  const item = nodes[itemName] as NodeType;
  const listType = nodes[kind] as NodeType;
  const list = listType.create(null, item.create(null, paragraph.create(null, block.node.content)));
  const offset = state.selection.$from.parentOffset;
  const tr = state.tr.replaceWith(block.pos, block.pos + block.node.nodeSize, list);
  // list > item > paragraph: three openings before the text.
  tr.setSelection(TextSelection.create(tr.doc, block.pos + 3 + offset));
  editor.view.dispatch(tr.scrollIntoView());
  editor.commands.focus();
  return true;
}

/** Use for the link button: sets or removes a link; only http(s) and mailto are accepted. */
export function setLink(editor: Editor, href: string): 'ok' | 'removed' | 'unsafe' {
  const trimmed = href.trim();
  if (trimmed === '') {
    editor.chain().focus().extendMarkRange('link').unsetMark('link').run();
    return 'removed';
  }
  const safe = normalizeHref(trimmed);
  if (safe === null) return 'unsafe';
  editor
    .chain()
    .focus()
    .extendMarkRange('link')
    .setMark('link', { href: safe })
    .command(({ tr }) => {
      // A cross-reference is a link already: a link over it would nest one <a> in another.
      const link = tr.doc.type.schema.marks.link;
      const { from, to } = tr.selection;
      tr.doc.nodesBetween(from, to, (node, pos) => {
        if (link && node.type.name === 'crossRef' && link.isInSet(node.marks))
          tr.removeMark(pos, pos + node.nodeSize, link);
      });
      return true;
    })
    .run();
  return 'ok';
}

/** Use for "move clause up/down": moves the heading with every block of its section. */
export function moveSection(
  editor: Editor,
  headingIndex: number,
  direction: 'up' | 'down',
): boolean {
  const { state } = editor;
  const swap = sectionSwap(state.doc, headingIndex, direction);
  if (!swap) return false;
  const { moving: section, passed: other } = swap;
  const content = state.doc.slice(section.from, section.to).content;
  const tr = state.tr.delete(section.from, section.to);
  const target = direction === 'up' ? other.from : other.to - (section.to - section.from);
  tr.insert(target, content);
  tr.setSelection(TextSelection.create(tr.doc, target + 1));
  editor.view.dispatch(tr.scrollIntoView());
  return true;
}

/** Use before a move: the section that moves and the one it passes, or null if it cannot move. */
export function sectionSwap(
  doc: PMNode,
  headingIndex: number,
  direction: 'up' | 'down',
): { moving: Section; passed: Section } | null {
  const moving = sectionAt(doc, headingIndex);
  if (!moving) return null;
  const passed = direction === 'up' ? previousSibling(doc, moving) : nextSibling(doc, moving);
  return passed ? { moving, passed } : null;
}

/** Use to know whether the section of a heading can move up or down. */
export function canMoveSection(
  editor: Editor,
  headingIndex: number,
  direction: 'up' | 'down',
): boolean {
  return sectionSwap(editor.state.doc, headingIndex, direction) !== null;
}

/** Use to put the cursor at the start of the top-level block at `index` and scroll it into view. */
export function jumpToIndex(editor: Editor, index: number): void {
  const doc = editor.state.doc;
  let pos = 0;
  for (let i = 0; i < Math.min(index, doc.childCount); i += 1) pos += doc.child(i).nodeSize;
  const inside = Math.min(pos + 1, doc.content.size);
  editor.chain().focus().setTextSelection(inside).scrollIntoView().run();
  // scrollIntoView keeps the heading at the bottom edge; bring it to the top for context.
  const dom = editor.view.nodeDOM(pos);
  if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'start' });
}

/** Use to find which top-level block the selection is in (for panels and the outline). */
export function selectionTopIndex(editor: Editor): number {
  return topIndexAt(editor.state.doc, editor.state.selection.from);
}

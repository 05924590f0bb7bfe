// Keyboard shortcuts of the draft, bound from the action table, plus leaving a list with Enter.
import { Extension, type Editor } from '@tiptap/core';
import type { NodeType } from '@tiptap/pm/model';
import { GapCursor } from '@tiptap/pm/gapcursor';
import { TextSelection } from '@tiptap/pm/state';
import { ACTIONS, type ActionHost } from './actions.ts';
import { endUndoStep } from './fast-collaboration.ts';

// Collaboration binds undo and redo itself (Yjs undo: own changes only).
const SKIP = new Set(['undo', 'redo']);

/**
 * Enter in an empty last item of a top-level list: end the list and continue with a
 * provision (top-level paragraphs must be provisions, so the usual lift cannot apply).
 */
function exitList(editor: Editor): boolean {
  const { state } = editor;
  const { $from, empty } = state.selection;
  if (!empty || $from.depth !== 3 || $from.parent.content.size > 0) return false;
  const list = $from.node(1);
  const item = $from.node(2);
  if (!['bulletList', 'orderedList', 'taskList'].includes(list.type.name)) return false;
  if ($from.index(1) !== list.childCount - 1 || item.childCount !== 1) return false;
  const provision = state.schema.nodes.provision as NodeType;
  const listStart = $from.before(1);
  const itemStart = $from.before(2);
  const tr = state.tr;
  if (list.childCount === 1) {
    tr.replaceWith(listStart, listStart + list.nodeSize, provision.create());
    tr.setSelection(TextSelection.create(tr.doc, listStart + 1));
  } else {
    tr.delete(itemStart, itemStart + item.nodeSize);
    const after = tr.mapping.map(listStart + list.nodeSize);
    tr.insert(after, provision.create());
    tr.setSelection(TextSelection.create(tr.doc, after + 1));
  }
  editor.view.dispatch(tr.scrollIntoView());
  return true;
}

/**
 * Enter in an empty note or example (the one Enter just made, after a note): it becomes an
 * ordinary provision, as Enter in an empty list item leaves the list. Splitting keeps the
 * kind, so without this every Enter after a note made one more empty note.
 */
function exitNote(editor: Editor): boolean {
  const { state } = editor;
  const { $from, empty } = state.selection;
  const block = $from.parent;
  if (!empty || $from.depth !== 1 || block.type.name !== 'provision') return false;
  if (block.content.size > 0 || !['note', 'example'].includes(String(block.attrs.kind)))
    return false;
  const tr = state.tr.setNodeMarkup($from.before(1), undefined, {
    ...block.attrs,
    kind: 'statement',
  });
  editor.view.dispatch(tr);
  return true;
}

/**
 * A table cell holds one paragraph (what a Markdown table can say), so Enter cannot split
 * it; left to the defaults, the caret jumps into the next cell and the next keys land there.
 */
function enterInTableCell(editor: Editor): boolean {
  // The caret is in a table only inside a cell.
  return editor.isActive('table');
}

/**
 * Ctrl+End: the caret goes to the end of the last block's text. ProseMirror places it, not
 * the browser: Chromium put it at the start of a last block it had not laid out yet
 * (content-visibility). When the draft ends with a table (or another block without text of
 * its own) the caret goes after it, where typing starts a new provision, not into the table.
 */
function toDocumentEnd(editor: Editor): boolean {
  const { doc } = editor.state;
  if (!doc.lastChild) return false;
  const selection = doc.lastChild.isTextblock
    ? TextSelection.atEnd(doc)
    : // After a last block without inline content, the end of the document is a valid gap.
      new GapCursor(doc.resolve(doc.content.size));
  editor.view.dispatch(editor.state.tr.setSelection(selection).scrollIntoView());
  return true;
}

/** Use in the draft editor; `host` opens the dialogs some shortcuts need. */
export const EditingKeys = Extension.create<{ host: ActionHost | null }>({
  name: 'accordEditingKeys',
  // Above the list extensions, whose own shortcuts cannot wrap provisions.
  priority: 1000,
  addOptions() {
    return { host: null };
  },
  addKeyboardShortcuts() {
    const bindings: Record<string, () => boolean> = {
      Enter: () => {
        if (!this.editor.isEditable) return false;
        // A new block starts a new undo step: Ctrl+Z takes back one line, not all typed so far.
        endUndoStep(this.editor.state);
        return exitList(this.editor) || exitNote(this.editor) || enterInTableCell(this.editor);
      },
      'Mod-End': () => this.editor.isEditable && toDocumentEnd(this.editor),
    };
    for (const action of ACTIONS) {
      if (!action.shortcut || SKIP.has(action.id)) continue;
      bindings[action.shortcut] = () => {
        const host = this.options.host;
        if (!host) return false;
        if (!this.editor.isEditable && action.group !== 'help') return false;
        if (action.enabled && !action.enabled(this.editor)) return false;
        action.run(this.editor, host);
        // Handled even when the command did not apply, so the browser does not act on the keys.
        return true;
      };
    }
    return bindings;
  },
});

// Highlights of commented passages in the text. Positions are found again after every change
// by block id and quote (remote changes replace the whole ProseMirror document, so mapping
// decorations through transactions would lose them); the server re-anchors on each refresh.
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** A passage to highlight: offsets inside its block's inline content, and its quote. */
export interface Passage {
  threadId: string;
  blockId: string;
  from: number;
  to: number;
  quote: string;
}

interface State {
  passages: Passage[];
  active: string | null;
  set: DecorationSet;
}

const key = new PluginKey<State>('reviewPassages');

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Positions of `quote` in a block's inline content, nearest to `near` (inline offsets). */
function locate(block: PMNode, quote: string, near: number): { from: number; to: number } | null {
  let text = '';
  const at: number[] = [];
  block.forEach((child, offset) => {
    if (!child.isText) return;
    const value = child.text ?? '';
    for (let i = 0; i < value.length; i += 1) {
      const ch = value[i] ?? '';
      const space = /\s/.test(ch);
      if (space && (text === '' || text.endsWith(' '))) continue;
      text += space ? ' ' : ch;
      at.push(offset + i);
    }
  });
  const wanted = clean(quote);
  if (wanted === '') return null;
  let best: { from: number; to: number } | null = null;
  for (let i = text.indexOf(wanted); i >= 0; i = text.indexOf(wanted, i + 1)) {
    const from = at[i] ?? 0;
    const to = (at[i + wanted.length - 1] ?? from) + 1;
    if (!best || Math.abs(from - near) < Math.abs(best.from - near)) best = { from, to };
  }
  return best;
}

function decorate(doc: PMNode, passages: Passage[], active: string | null): DecorationSet {
  // Nothing to find: skip the walk over every block (this runs on every keystroke).
  if (passages.length === 0) return DecorationSet.empty;
  const blocks = new Map<string, { node: PMNode; pos: number }>();
  doc.forEach((node, pos) => {
    const id = node.attrs.id as unknown;
    if (typeof id === 'string') blocks.set(id, { node, pos });
  });
  const decorations: Decoration[] = [];
  for (const p of passages) {
    const block = blocks.get(p.blockId);
    if (!block) continue;
    const start = block.pos + 1;
    const size = block.node.content.size;
    const exact =
      p.to <= size &&
      clean(doc.textBetween(start + p.from, start + p.to, '', '')) === clean(p.quote);
    const range = exact ? { from: p.from, to: p.to } : locate(block.node, p.quote, p.from);
    if (!range) continue;
    // Remember where it was found, so the next search starts there.
    p.from = range.from;
    p.to = range.to;
    decorations.push(
      Decoration.inline(start + range.from, start + range.to, {
        class: `review-passage${p.threadId === active ? ' active' : ''}`,
        'data-thread-id': p.threadId,
      }),
    );
  }
  return DecorationSet.create(doc, decorations);
}

function samePassages(a: readonly Passage[], b: readonly Passage[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => {
      const q = b[i];
      return (
        q !== undefined &&
        p.threadId === q.threadId &&
        p.blockId === q.blockId &&
        p.quote === q.quote
      );
    })
  );
}

/** Use once per editor: the plugin that draws passage highlights. */
export function passagesPlugin(): Plugin<State> {
  return new Plugin<State>({
    key,
    state: {
      init: () => ({ passages: [], active: null, set: DecorationSet.empty }),
      apply(tr, value) {
        const meta = tr.getMeta(key) as { passages: Passage[]; active: string | null } | undefined;
        if (meta) return { ...meta, set: decorate(tr.doc, meta.passages, meta.active) };
        if (!tr.docChanged) return value;
        return { ...value, set: decorate(tr.doc, value.passages, value.active) };
      },
    },
    props: {
      decorations: (state: EditorState) => key.getState(state)?.set ?? DecorationSet.empty,
    },
  });
}

/** Use to show the passages of the listed threads, one of them marked active. */
export function showPassages(editor: Editor, passages: Passage[], active: string | null): void {
  if (editor.isDestroyed) return;
  // The list re-renders on every renumbering: a transaction only when something changed.
  const shown = key.getState(editor.state);
  if (shown && shown.active === active && samePassages(shown.passages, passages)) return;
  editor.view.dispatch(
    editor.state.tr
      .setMeta(key, { passages: passages.map((p) => ({ ...p })), active })
      .setMeta('addToHistory', false),
  );
}

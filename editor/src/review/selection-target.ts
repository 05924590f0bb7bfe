// What a new comment would be on: the clause or provision under the selection, and the
// selected words inside it (inside a list, table or term: its clause). Read from the DOM
// selection too, since read-only editors (reviewers) may not move ProseMirror's own selection.
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';

export interface CommentTarget {
  blockId: string;
  kind: 'clause' | 'provision';
  /** Offsets inside the block's inline content (ProseMirror arithmetic) and the words. */
  passage: { from: number; to: number; quote: string } | null;
}

function rangeFromDom(editor: Editor): { from: number; to: number } | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const dom = editor.view.dom;
  if (!dom.contains(range.startContainer) || !dom.contains(range.endContainer)) return null;
  try {
    const a = editor.view.posAtDOM(range.startContainer, range.startOffset);
    const b = editor.view.posAtDOM(range.endContainer, range.endOffset);
    return { from: Math.min(a, b), to: Math.max(a, b) };
  } catch {
    return null;
  }
}

/**
 * Lists, tables and terms are commented on as part of their clause (the nearest clause
 * heading above them): their words cannot be anchored yet, but the comment is not refused.
 */
function clauseAbove(doc: PMNode, index: number): CommentTarget | null {
  for (let i = index; i >= 0; i -= 1) {
    const node = doc.child(i);
    const id = node.attrs.id as unknown;
    if (node.type.name === 'clause' && typeof id === 'string')
      return { blockId: id, kind: 'clause', passage: null };
  }
  return null;
}

/** Use to read the current comment target, or null when the selection is outside any clause or provision. */
export function currentTarget(editor: Editor): CommentTarget | null {
  if (editor.isDestroyed) return null;
  const range = rangeFromDom(editor) ?? {
    from: editor.state.selection.from,
    to: editor.state.selection.to,
  };
  const doc = editor.state.doc;
  const $from = doc.resolve(range.from);
  const $to = doc.resolve(range.to);
  if ($from.depth < 1) return null;
  const block = $from.node(1);
  const kind = block.type.name;
  const id = block.attrs.id as unknown;
  if (kind !== 'clause' && kind !== 'provision') return clauseAbove(doc, $from.index(0));
  if (typeof id !== 'string') return null;
  const start = $from.before(1) + 1;
  const sameBlock = $to.depth >= 1 && $to.before(1) === $from.before(1);
  const quote = sameBlock ? doc.textBetween(range.from, range.to, '', '').trim() : '';
  return {
    blockId: id,
    kind,
    passage:
      sameBlock && range.to > range.from && quote !== ''
        ? {
            from: range.from - start,
            to: range.to - start,
            quote: doc.textBetween(range.from, range.to, '', ''),
          }
        : null,
  };
}

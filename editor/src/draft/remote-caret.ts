// Keeps the local caret where Yjs says it is when someone else types in the same block.
import { Extension } from '@tiptap/core';
import {
  Plugin,
  PluginKey,
  TextSelection,
  type EditorState,
  type Transaction,
} from '@tiptap/pm/state';
import { relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';

interface Binding {
  doc: Y.Doc;
  type: Y.XmlFragment;
  mapping: Map<unknown, unknown>;
  /**
   * The selection as Yjs relative positions, which the binding takes before every Yjs
   * transaction and clears after it: the caret before this remote change.
   */
  beforeTransactionSelection: { type?: unknown; anchor: unknown; head: unknown } | null;
}

const key = new PluginKey('accordRemoteCaret');

/** Whether any step replaced content at or around the selection (positions of `before`). */
function touchesSelection(transactions: readonly Transaction[], before: EditorState): boolean {
  let { from, to } = before.selection;
  for (const tr of transactions)
    for (const step of tr.steps) {
      const map = step.getMap();
      let hit = false;
      map.forEach((start, end) => {
        if (start <= to && end >= from) hit = true;
      });
      if (hit) return true;
      from = map.map(from, -1);
      to = map.map(to, 1);
    }
  return false;
}

function bindingOf(state: EditorState): Binding | null {
  const sync = ySyncPluginKey.getState(state) as { binding?: Binding } | undefined;
  return sync?.binding ?? null;
}

/**
 * y-tiptap 3.0.9 treats a caret as "misresolved" whenever a remote change alters the text of
 * the caret's block, and then keeps its old offset: with two people typing in one provision
 * the caret drifts and letters land out of order. After a remote change we put the caret
 * back where its Yjs relative position resolves, which is exact for text edits.
 */
export const RemoteCaret = Extension.create({
  name: 'accordRemoteCaret',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key,
        appendTransaction(transactions, old, state) {
          const remote = transactions.some((tr) => {
            const meta = tr.getMeta(ySyncPluginKey) as
              { isChangeOrigin?: boolean; isUndoRedoOperation?: boolean } | undefined;
            return meta?.isChangeOrigin === true && meta.isUndoRedoOperation !== true;
          });
          // A remote change elsewhere maps the caret exactly: no Yjs lookups needed.
          if (!remote || !touchesSelection(transactions, old)) return null;
          const binding = bindingOf(state);
          // Reuse the binding's own capture: computing relative positions walks the document.
          const saved = binding?.beforeTransactionSelection;
          if (!binding || saved?.type !== 'text') return null;
          const anchor = relativePositionToAbsolutePosition(
            binding.doc,
            binding.type,
            saved.anchor,
            binding.mapping as never,
          );
          const head = relativePositionToAbsolutePosition(
            binding.doc,
            binding.type,
            saved.head,
            binding.mapping as never,
          );
          if (anchor === null || head === null) return null;
          if (anchor > state.doc.content.size || head > state.doc.content.size) return null;
          const $anchor = state.doc.resolve(anchor);
          const $head = state.doc.resolve(head);
          // Only text positions: structural moves keep y-tiptap's own recovery.
          if (!$anchor.parent.inlineContent || !$head.parent.inlineContent) return null;
          if (state.selection.anchor === anchor && state.selection.head === head) return null;
          // Part of the remote change: marked so, y-tiptap does not end our own undo step here
          // (it does after any other transaction that is not for the history).
          return state.tr
            .setSelection(TextSelection.between($anchor, $head))
            .setMeta('addToHistory', false)
            .setMeta(ySyncPluginKey, { isChangeOrigin: true });
        },
      }),
    ];
  },
});

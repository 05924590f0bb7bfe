/**
 * Starting a new draft from a release: the draft document becomes the release's text
 * through one more Yjs update appended to the document's log. History is kept: the log is
 * never replaced, and connected editors receive the change like any other edit.
 *
 * The update changes only what differs. Blocks and words that are the same in the draft
 * and the release keep their Yjs items, so comments anchored to those words stay on them
 * and people typing elsewhere are not disturbed; the rest is rewritten.
 */
import { updateYFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { YJS_FIELD, getStandardSchema, type ModelDoc } from '../../model/index.ts';
import type { DocumentStore } from '../store/index.ts';

/**
 * The update that turns the document whose state is `current` (null: empty) into `target`.
 * Pure (no store), so it can be tested on its own.
 */
export function transformUpdate(current: Uint8Array | null, target: ModelDoc): Uint8Array {
  const ydoc = new Y.Doc();
  try {
    if (current) Y.applyUpdate(ydoc, current);
    const before = Y.encodeStateVector(ydoc);
    const fragment = ydoc.getXmlFragment(YJS_FIELD);
    const node = getStandardSchema().nodeFromJSON(target);
    // y-tiptap's own reconciliation (what an editor's keystrokes go through): it keeps
    // equal blocks and diffs the text of changed ones.
    const meta = { mapping: new Map(), isOMark: new Map() };
    ydoc.transact(() => updateYFragment(ydoc, fragment, node, meta as never));
    return Y.encodeStateAsUpdate(ydoc, before);
  } finally {
    ydoc.destroy();
  }
}

/**
 * Make the draft `documentName` hold `target`, as a logged update by `userId`. Works the
 * same whether or not the document is open in the collaboration server: the update is
 * committed to the log first, then handed to the live document (store listeners) if any.
 * Synchronous from load to append, so no client update can slip in between.
 */
export function replaceDraftContent(
  store: DocumentStore,
  documentName: string,
  target: ModelDoc,
  userId: string | null,
): { seq: number; bytes: number } {
  const update = transformUpdate(store.loadState(documentName), target);
  const seq = store.appendUpdate(documentName, update, userId);
  store.notifyExternalAppend(documentName, update);
  return { seq, bytes: update.byteLength };
}

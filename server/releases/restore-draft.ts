/**
 * Starting a new draft from a release: the draft document becomes the release's text
 * through one more Yjs update (delete everything, insert the release, in one transaction)
 * appended to the document's log. History is kept: the log is never replaced, and
 * connected editors receive the change like any other edit.
 */
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
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
    ydoc.transact(() => {
      fragment.delete(0, fragment.length);
      prosemirrorJSONToYXmlFragment(getStandardSchema(), target, fragment);
    });
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

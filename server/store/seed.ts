import type { DocumentStore } from './document-store.ts';
import { isValidUpdate } from './merge.ts';

export type SeedResult = { seeded: true; seq: number } | { seeded: false; reason: 'not-empty' };

/**
 * Give a document its initial content, once, from the server (demo data, a new standard).
 * The emptiness check and the write share one transaction, so seeding twice never
 * duplicates content; a document open in the collaboration server receives the seed live.
 * `update` is a Yjs V1 update, e.g. `Y.encodeStateAsUpdate(doc)` of a doc built on the server.
 */
export function seedDocumentIfEmpty(
  store: DocumentStore,
  documentName: string,
  update: Uint8Array,
  userId: string | null = null,
): SeedResult {
  if (!isValidUpdate(update)) throw new Error('seedDocumentIfEmpty: not a Yjs V1 update');
  const result = store.transaction((): SeedResult => {
    if (!store.isEmpty(documentName)) return { seeded: false, reason: 'not-empty' };
    return { seeded: true, seq: store.appendUpdate(documentName, update, userId) };
  });
  if (result.seeded) store.notifyExternalAppend(documentName, update);
  return result;
}

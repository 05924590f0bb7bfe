import { assignMissingIds, doc, modelToYUpdate, provision } from '../../model/index.ts';
import type { DocumentStore } from './document-store.ts';
import { seedDocumentIfEmpty, type SeedResult } from './seed.ts';

/**
 * Give a new standard's draft its first content — one empty statement provision, the same
 * block an editor shows for an empty document — so that clients never seed: two editors
 * opening a brand-new draft at once would otherwise each write their own first block.
 */
export function seedInitialDraft(
  store: DocumentStore,
  documentName: string,
  userId: string | null,
): SeedResult {
  const first = assignMissingIds(doc(provision(null, 'statement')));
  return seedDocumentIfEmpty(store, documentName, modelToYUpdate(first), userId);
}

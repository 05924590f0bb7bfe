/** The durable Yjs store: update log, checkpoints and server-side seeding. */
export {
  createDocumentStore,
  type AppendListener,
  type DocumentStore,
  type LoggedUpdate,
  type StoreOptions,
} from './document-store.ts';
export { seedDocumentIfEmpty, type SeedResult } from './seed.ts';
export { seedInitialDraft } from './initial-draft.ts';
export { isValidUpdate, mergeLogged } from './merge.ts';

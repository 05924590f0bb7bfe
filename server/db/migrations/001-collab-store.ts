import type { Migration } from '../migrate.ts';

/**
 * The collaboration store: one row per document, an append-only log of Yjs updates
 * (never deleted: history and attribution replay it) and checkpoints that only speed up
 * loading. A checkpoint covers every update with `id <= upto_update_id`. Times are epoch
 * milliseconds; `user_id` is the authenticated user who sent the update, when known.
 */
export const collabStoreMigration: Migration = {
  version: 1,
  name: 'collab-store',
  up(db) {
    db.exec(`
      CREATE TABLE collab_documents (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created_at INTEGER NOT NULL
      );

      CREATE TABLE collab_updates (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES collab_documents(id),
        data BLOB NOT NULL,
        created_at INTEGER NOT NULL,
        user_id TEXT
      );
      CREATE INDEX collab_updates_by_document ON collab_updates (document_id, id);

      CREATE TABLE collab_checkpoints (
        document_id INTEGER NOT NULL REFERENCES collab_documents(id),
        upto_update_id INTEGER NOT NULL,
        data BLOB NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (document_id, upto_update_id)
      );
    `);
  },
};

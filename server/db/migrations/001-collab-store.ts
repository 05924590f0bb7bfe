import type { Migration } from '../migrate.ts';

/**
 * The collaboration store: one row per document, an append-only log of Yjs updates
 * (never deleted: history and attribution replay it) and checkpoints that only speed up
 * loading. A checkpoint covers every update of its document with `seq <= upto_seq`.
 * Times are epoch milliseconds. Authors are interned (`collab_authors`) so a keystroke
 * row does not repeat a 36-character user id; the log is keyed by (document, seq) in one
 * b-tree (WITHOUT ROWID) so an append writes one index, not two.
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

      CREATE TABLE collab_authors (
        id INTEGER PRIMARY KEY,
        user_id TEXT NOT NULL UNIQUE
      );

      CREATE TABLE collab_updates (
        document_id INTEGER NOT NULL REFERENCES collab_documents(id),
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        created_at INTEGER NOT NULL,
        author_id INTEGER REFERENCES collab_authors(id),
        PRIMARY KEY (document_id, seq)
      ) WITHOUT ROWID;

      CREATE TABLE collab_checkpoints (
        document_id INTEGER NOT NULL REFERENCES collab_documents(id),
        upto_seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (document_id, upto_seq)
      );
    `);
  },
};

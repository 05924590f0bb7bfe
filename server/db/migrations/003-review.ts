import type { Migration } from '../migrate.ts';

/**
 * Review: consultation rounds, comment threads anchored to clauses and provisions (and
 * optionally to a passage, as encoded Yjs relative positions), comments with their edit
 * history, and dispositions with theirs. Times are epoch milliseconds. Nothing here is
 * ever deleted by the application: admin deletion purges text and marks the row.
 */
export const reviewMigration: Migration = {
  version: 3,
  name: 'review',
  up(db) {
    db.exec(`
      CREATE TABLE review_rounds (
        id TEXT PRIMARY KEY,
        standard_id TEXT NOT NULL REFERENCES standards(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        closes_at INTEGER NOT NULL,
        release_candidate TEXT,
        opened_by TEXT REFERENCES users(id),
        opened_at INTEGER NOT NULL,
        closed_by TEXT REFERENCES users(id),
        closed_at INTEGER
      );
      CREATE INDEX review_rounds_standard ON review_rounds(standard_id, opened_at);

      CREATE TABLE review_threads (
        id TEXT PRIMARY KEY,
        standard_id TEXT NOT NULL REFERENCES standards(id) ON DELETE CASCADE,
        round_id TEXT NOT NULL REFERENCES review_rounds(id) ON DELETE CASCADE,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('clause', 'provision')),
        target_id TEXT NOT NULL,
        -- Encoded Y.RelativePosition of the passage's first and last character, if any.
        anchor_start BLOB,
        anchor_end BLOB,
        quote TEXT,
        -- What the anchor last resolved to: shown as is once the thread is orphaned.
        last_quote TEXT,
        last_clause_id TEXT,
        last_clause_number TEXT,
        last_provision_number TEXT,
        orphaned_at INTEGER,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
        status_by TEXT REFERENCES users(id),
        status_at INTEGER,
        created_by TEXT NOT NULL REFERENCES users(id),
        created_at INTEGER NOT NULL,
        deleted_at INTEGER,
        deleted_by TEXT REFERENCES users(id)
      );
      CREATE INDEX review_threads_standard ON review_threads(standard_id, created_at);
      CREATE INDEX review_threads_round ON review_threads(round_id);

      CREATE TABLE review_comments (
        id TEXT PRIMARY KEY,
        thread_id TEXT NOT NULL REFERENCES review_threads(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        author_id TEXT NOT NULL REFERENCES users(id),
        -- The agency the comment is made for, copied so it outlives renames and moves.
        agency_id TEXT REFERENCES agencies(id),
        agency_code TEXT,
        agency_name TEXT,
        type TEXT CHECK (type IN ('general', 'technical', 'editorial')),
        body TEXT NOT NULL,
        proposed_change TEXT,
        source TEXT NOT NULL DEFAULT 'web' CHECK (source IN ('web', 'import')),
        created_at INTEGER NOT NULL,
        edited_at INTEGER,
        deleted_at INTEGER,
        deleted_by TEXT REFERENCES users(id),
        UNIQUE (thread_id, seq)
      );

      -- Earlier versions of a comment, one row per edit.
      CREATE TABLE review_comment_versions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        comment_id TEXT NOT NULL REFERENCES review_comments(id) ON DELETE CASCADE,
        type TEXT,
        body TEXT NOT NULL,
        proposed_change TEXT,
        valid_from INTEGER NOT NULL,
        replaced_at INTEGER NOT NULL
      );
      CREATE INDEX review_comment_versions_comment ON review_comment_versions(comment_id, id);

      -- Every disposition given to a thread; the newest is the current one.
      CREATE TABLE review_dispositions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        thread_id TEXT NOT NULL REFERENCES review_threads(id) ON DELETE CASCADE,
        value TEXT NOT NULL CHECK (value IN ('accepted', 'accepted-in-part', 'rejected', 'noted')),
        observation TEXT,
        decided_by TEXT NOT NULL REFERENCES users(id),
        decided_at INTEGER NOT NULL
      );
      CREATE INDEX review_dispositions_thread ON review_dispositions(thread_id, id);
    `);
  },
};

import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open.ts';

export interface LogRow {
  seq: number;
  data: Buffer;
  created_at: number;
  user_id: string | null;
}

/** The prepared SQL of the collaboration store, compiled once per database handle. */
export function prepareStatements(db: Db) {
  return {
    documentId: db
      .prepare<[string], number>('SELECT id FROM collab_documents WHERE name = ?')
      .pluck(),
    insertDocument: db
      .prepare('INSERT INTO collab_documents (name, created_at) VALUES (?, ?) RETURNING id')
      .pluck() as Statement<[string, number], number>,
    authorId: db
      .prepare<[string], number>('SELECT id FROM collab_authors WHERE user_id = ?')
      .pluck(),
    insertAuthor: db
      .prepare('INSERT INTO collab_authors (user_id) VALUES (?) RETURNING id')
      .pluck() as Statement<[string], number>,
    // The next sequence is read in the same statement: correct even if another process appended.
    insertUpdate: db
      .prepare(
        `INSERT INTO collab_updates (document_id, seq, data, created_at, author_id)
         VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM collab_updates WHERE document_id = ?), ?, ?, ?)
         RETURNING seq`,
      )
      .pluck() as Statement<[number, number, Uint8Array, number, number | null], number>,
    latestCheckpoint: db.prepare<[number], { upto: number; data: Buffer }>(
      `SELECT upto_seq AS upto, data FROM collab_checkpoints
       WHERE document_id = ? ORDER BY upto_seq DESC LIMIT 1`,
    ),
    updatesAfter: db.prepare<[number, number], { seq: number; data: Buffer }>(
      'SELECT seq, data FROM collab_updates WHERE document_id = ? AND seq > ? ORDER BY seq',
    ),
    logStats: db.prepare<[number, number], { updates: number; bytes: number }>(
      `SELECT count(*) AS updates, coalesce(sum(length(data)), 0) AS bytes
       FROM collab_updates WHERE document_id = ? AND seq > ?`,
    ),
    hasAnyUpdate: db
      .prepare<[number], number>('SELECT 1 FROM collab_updates WHERE document_id = ? LIMIT 1')
      .pluck(),
    insertCheckpoint: db.prepare(
      'INSERT INTO collab_checkpoints (document_id, upto_seq, data, created_at) VALUES (?, ?, ?, ?)',
    ),
    deleteOlderCheckpoints: db.prepare(
      'DELETE FROM collab_checkpoints WHERE document_id = ? AND upto_seq < ?',
    ),
    readLog: db.prepare<[number, number, number], LogRow>(
      `SELECT u.seq, u.data, u.created_at, a.user_id FROM collab_updates u
       LEFT JOIN collab_authors a ON a.id = u.author_id
       WHERE u.document_id = ? AND u.seq > ? ORDER BY u.seq LIMIT ?`,
    ),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;

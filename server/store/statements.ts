import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open.ts';

export interface LogRow {
  id: number;
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
    insertUpdate: db.prepare(
      'INSERT INTO collab_updates (document_id, data, created_at, user_id) VALUES (?, ?, ?, ?)',
    ),
    latestCheckpoint: db.prepare<
      [number],
      { upto: number; data: Buffer }
    >(`SELECT upto_update_id AS upto, data FROM collab_checkpoints
       WHERE document_id = ? ORDER BY upto_update_id DESC LIMIT 1`),
    updatesAfter: db.prepare<[number, number], { id: number; data: Buffer }>(
      'SELECT id, data FROM collab_updates WHERE document_id = ? AND id > ? ORDER BY id',
    ),
    logStats: db.prepare<
      [number, number],
      { updates: number; bytes: number }
    >(`SELECT count(*) AS updates, coalesce(sum(length(data)), 0) AS bytes
       FROM collab_updates WHERE document_id = ? AND id > ?`),
    hasAnyUpdate: db
      .prepare('SELECT 1 FROM collab_updates WHERE document_id = ? LIMIT 1')
      .pluck() as Statement<[number], number>,
    insertCheckpoint: db.prepare(
      'INSERT INTO collab_checkpoints (document_id, upto_update_id, data, created_at) VALUES (?, ?, ?, ?)',
    ),
    deleteOlderCheckpoints: db.prepare(
      'DELETE FROM collab_checkpoints WHERE document_id = ? AND upto_update_id < ?',
    ),
    readLog: db.prepare<
      [number, number, number],
      LogRow
    >(`SELECT id, data, created_at, user_id FROM collab_updates
       WHERE document_id = ? AND id > ? ORDER BY id LIMIT ?`),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;

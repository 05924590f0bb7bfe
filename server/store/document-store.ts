import type { Db } from '../db/open.ts';
import type { Logger } from '../logger.ts';
import { mergeLogged } from './merge.ts';
import { prepareStatements, type Statements } from './statements.ts';

export interface StoreOptions {
  /** Merge the log into a checkpoint after this many updates since the last one… */
  checkpointUpdates: number;
  /** …or after this many bytes of updates since the last one. */
  checkpointBytes: number;
  logger?: Logger;
}

export interface LoggedUpdate {
  /** Position in the document's log: 1, 2, 3, … in append order. */
  seq: number;
  update: Uint8Array;
  /** Epoch milliseconds. */
  time: number;
  userId: string | null;
}

/** Called after an update has been committed outside a live Y.Doc (seeding). */
export type AppendListener = (documentName: string, update: Uint8Array) => void;

export interface DocumentStore {
  readonly db: Db;
  /**
   * Append one Yjs V1 update to the log, committed before returning; throws when it could
   * not be written. Use for every change applied to a live document.
   */
  appendUpdate(documentName: string, update: Uint8Array, userId: string | null): number;
  /** The document's state as one V1 update (checkpoint + later updates), or null if never written. */
  loadState(documentName: string): Uint8Array | null;
  /** The latest checkpoint then every later update, to apply in order (faster than merging first). */
  loadParts(documentName: string): Uint8Array[];
  /** True when nothing was ever logged for the document. */
  isEmpty(documentName: string): boolean;
  /** Merge the log into a new checkpoint now (one transaction); false if nothing to merge. */
  checkpoint(documentName: string): boolean;
  /** The update log in order, for history and attribution (`afterSeq` exclusive). */
  readLog(documentName: string, options?: { afterSeq?: number; limit?: number }): LoggedUpdate[];
  /** Run `body` in one SQLite transaction; used by seeding to check-then-write atomically. */
  transaction<T>(body: () => T): T;
  /** Subscribe to updates committed by seeding, so a live document can apply them. */
  onExternalAppend(listener: AppendListener): () => void;
  /** Tell live-document listeners that `update` was committed without them. */
  notifyExternalAppend(documentName: string, update: Uint8Array): void;
  /** Run pending checkpoints and stop scheduling new ones; call before closing the database. */
  close(): void;
}

interface DocState {
  id: number;
  updatesSinceCheckpoint: number;
  bytesSinceCheckpoint: number;
  checkpointScheduled: boolean;
}

/**
 * The durable Yjs store on SQLite: an append-only update log plus checkpoints. One per
 * process and database handle; every call is synchronous and commits before it returns.
 */
export function createDocumentStore(db: Db, options: StoreOptions): DocumentStore {
  const sql: Statements = prepareStatements(db);
  const docs = new Map<string, DocState>();
  const authors = new Map<string, number>();
  const listeners = new Set<AppendListener>();
  const scheduled = new Set<string>();
  let closed = false;
  const log = options.logger?.child({ component: 'store' });

  const stateOf = (name: string, create: boolean): DocState | undefined => {
    const cached = docs.get(name);
    if (cached) return cached;
    let id = sql.documentId.get(name);
    if (id === undefined) {
      if (!create) return undefined;
      id = sql.insertDocument.get(name, Date.now());
      if (id === undefined) throw new Error('document row was not created');
    }
    const upto = sql.latestCheckpoint.get(id)?.upto ?? 0;
    const stats = sql.logStats.get(id, upto) ?? { updates: 0, bytes: 0 };
    const state: DocState = {
      id,
      updatesSinceCheckpoint: stats.updates,
      bytesSinceCheckpoint: stats.bytes,
      checkpointScheduled: false,
    };
    docs.set(name, state);
    return state;
  };

  const checkpoint = (name: string): boolean => {
    const doc = stateOf(name, false);
    if (!doc) return false;
    const wrote = db.transaction(() => {
      const previous = sql.latestCheckpoint.get(doc.id);
      const later = sql.updatesAfter.all(doc.id, previous?.upto ?? 0);
      const last = later.at(-1);
      if (!last) return false;
      const parts = [...(previous ? [previous.data] : []), ...later.map((row) => row.data)];
      sql.insertCheckpoint.run(doc.id, last.seq, mergeLogged(parts), Date.now());
      // Older checkpoints are redundant: the log keeps every update for history.
      sql.deleteOlderCheckpoints.run(doc.id, last.seq);
      return true;
    })();
    doc.updatesSinceCheckpoint = 0;
    doc.bytesSinceCheckpoint = 0;
    return wrote;
  };

  const runScheduled = (name: string) => {
    scheduled.delete(name);
    const doc = docs.get(name);
    if (doc) doc.checkpointScheduled = false;
    if (closed) return;
    try {
      checkpoint(name);
    } catch (err) {
      // The log still holds every update; loading just stays slower until the next try.
      log?.error({ err, documentName: name }, 'checkpoint failed');
    }
  };

  const maybeSchedule = (name: string, doc: DocState) => {
    if (doc.checkpointScheduled) return;
    if (
      doc.updatesSinceCheckpoint < options.checkpointUpdates &&
      doc.bytesSinceCheckpoint < options.checkpointBytes
    )
      return;
    doc.checkpointScheduled = true;
    scheduled.add(name);
    // Outside the message handler: the append is already committed, the merge can wait a tick.
    setImmediate(() => runScheduled(name));
  };

  const authorOf = (userId: string | null): number | null => {
    if (userId === null) return null;
    let id = authors.get(userId) ?? sql.authorId.get(userId);
    if (id === undefined) id = sql.insertAuthor.get(userId);
    if (id === undefined) throw new Error('author row was not created');
    authors.set(userId, id);
    return id;
  };

  const appendInsert = (name: string, update: Uint8Array, userId: string | null): number => {
    const doc = stateOf(name, true);
    if (!doc) throw new Error('unreachable: document state missing');
    const seq = sql.insertUpdate.get(doc.id, doc.id, update, Date.now(), authorOf(userId));
    if (seq === undefined) throw new Error('update row was not created');
    doc.updatesSinceCheckpoint += 1;
    doc.bytesSinceCheckpoint += update.byteLength;
    maybeSchedule(name, doc);
    return seq;
  };

  const loadParts = (name: string): Uint8Array[] => {
    const doc = stateOf(name, false);
    if (!doc) return [];
    const previous = sql.latestCheckpoint.get(doc.id);
    const later = sql.updatesAfter.all(doc.id, previous?.upto ?? 0);
    return [...(previous ? [previous.data] : []), ...later.map((row) => row.data)];
  };

  return {
    db,
    appendUpdate(name, update, userId) {
      if (closed) throw new Error('store is closed');
      const known = docs.has(name) && (userId === null || authors.has(userId));
      if (known) return appendInsert(name, update, userId);
      // A new document or author needs its row too: all in one transaction.
      try {
        return db.transaction(() => appendInsert(name, update, userId))();
      } catch (err) {
        // Rows created in the failed transaction were rolled back: forget their cached ids.
        docs.delete(name);
        if (userId !== null) authors.delete(userId);
        throw err;
      }
    },
    loadState(name) {
      const parts = loadParts(name);
      return parts.length === 0 ? null : mergeLogged(parts);
    },
    loadParts,
    isEmpty(name) {
      const id = docs.get(name)?.id ?? sql.documentId.get(name);
      return id === undefined || sql.hasAnyUpdate.get(id) === undefined;
    },
    checkpoint,
    readLog(name, opts = {}) {
      const id = docs.get(name)?.id ?? sql.documentId.get(name);
      if (id === undefined) return [];
      return sql.readLog.all(id, opts.afterSeq ?? 0, opts.limit ?? -1).map((row) => ({
        seq: row.seq,
        update: new Uint8Array(row.data),
        time: row.created_at,
        userId: row.user_id,
      }));
    },
    transaction(body) {
      return db.transaction(body)();
    },
    onExternalAppend(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notifyExternalAppend(name, update) {
      for (const listener of listeners) {
        try {
          listener(name, update);
        } catch (err) {
          log?.error({ err, documentName: name }, 'external append listener failed');
        }
      }
    },
    close() {
      if (closed) return;
      for (const name of [...scheduled]) runScheduled(name);
      closed = true;
    },
  };
}

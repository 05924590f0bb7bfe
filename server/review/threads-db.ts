import { randomUUID } from 'node:crypto';
import type { Db } from '../db/open.ts';
import type { CommentType, DispositionValue, ThreadStatus } from './rules.ts';

/** Who wrote a comment, and for which agency (copied at the time of writing). */
export interface CommentAgency {
  id: string | null;
  code: string | null;
  name: string | null;
}

/** One comment of a thread: the opening comment carries the type and proposed change. */
export interface CommentRecord {
  id: string;
  seq: number;
  author: { id: string; name: string };
  agency: CommentAgency | null;
  type: CommentType | null;
  body: string;
  proposedChange: string | null;
  source: 'web' | 'import';
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  deletedAt: string | null;
  /** Deleted by its own author (withdrawn), not by an administrator. */
  withdrawn: boolean;
}

/** One disposition given to a thread; the newest is the current one. */
export interface DispositionRecord {
  value: DispositionValue;
  observation: string | null;
  decidedBy: { id: string; name: string };
  decidedAt: string;
}

/** A thread as stored: its target, anchor bytes and what they last resolved to. */
export interface ThreadRecord {
  id: string;
  standardId: string;
  roundId: string;
  targetKind: 'clause' | 'provision';
  targetId: string;
  anchorStart: Uint8Array | null;
  anchorEnd: Uint8Array | null;
  quote: string | null;
  lastQuote: string | null;
  lastClauseId: string | null;
  lastClauseNumber: string | null;
  lastProvisionNumber: string | null;
  orphanedAt: string | null;
  status: ThreadStatus;
  statusBy: string | null;
  statusAt: string | null;
  createdBy: string;
  createdAt: string;
  comments: CommentRecord[];
  dispositions: DispositionRecord[];
}

interface ThreadRow {
  id: string;
  standard_id: string;
  round_id: string;
  target_kind: 'clause' | 'provision';
  target_id: string;
  anchor_start: Buffer | null;
  anchor_end: Buffer | null;
  quote: string | null;
  last_quote: string | null;
  last_clause_id: string | null;
  last_clause_number: string | null;
  last_provision_number: string | null;
  orphaned_at: number | null;
  status: ThreadStatus;
  status_by: string | null;
  status_at: number | null;
  created_by: string;
  created_at: number;
}

interface CommentRow {
  id: string;
  thread_id: string;
  seq: number;
  author_id: string;
  author_name: string;
  agency_id: string | null;
  agency_code: string | null;
  agency_name: string | null;
  type: CommentType | null;
  body: string;
  proposed_change: string | null;
  source: 'web' | 'import';
  created_at: number;
  edited_at: number | null;
  deleted_at: number | null;
  deleted_by: string | null;
}

interface DispositionRow {
  thread_id: string;
  value: DispositionValue;
  observation: string | null;
  decided_by: string;
  decider_name: string;
  decided_at: number;
}

const iso = (ms: number): string => new Date(ms).toISOString();
const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms));

function toComment(r: CommentRow): CommentRecord {
  return {
    id: r.id,
    seq: r.seq,
    author: { id: r.author_id, name: r.author_name },
    agency:
      r.agency_id === null && r.agency_code === null
        ? null
        : { id: r.agency_id, code: r.agency_code, name: r.agency_name },
    type: r.type,
    body: r.body,
    proposedChange: r.proposed_change,
    source: r.source,
    createdAt: iso(r.created_at),
    editedAt: isoOrNull(r.edited_at),
    deleted: r.deleted_at !== null,
    deletedAt: isoOrNull(r.deleted_at),
    withdrawn: r.deleted_at !== null && r.deleted_by === r.author_id,
  };
}

/** Read threads (not deleted) of a standard, optionally one round or one id, oldest first. */
export function loadThreads(
  db: Db,
  standardId: string,
  filter: { roundId?: string | undefined; threadId?: string | undefined } = {},
): ThreadRecord[] {
  const where = ['t.standard_id = ?', 't.deleted_at IS NULL'];
  const args: string[] = [standardId];
  if (filter.roundId !== undefined) {
    where.push('t.round_id = ?');
    args.push(filter.roundId);
  }
  if (filter.threadId !== undefined) {
    where.push('t.id = ?');
    args.push(filter.threadId);
  }
  const cond = where.join(' AND ');
  const rows = db
    .prepare(`SELECT t.* FROM review_threads t WHERE ${cond} ORDER BY t.created_at, t.rowid`)
    .all(...args) as ThreadRow[];
  const comments = db
    .prepare(
      `SELECT c.*, u.name AS author_name FROM review_comments c
       JOIN review_threads t ON t.id = c.thread_id JOIN users u ON u.id = c.author_id
       WHERE ${cond} ORDER BY c.thread_id, c.seq`,
    )
    .all(...args) as CommentRow[];
  const dispositions = db
    .prepare(
      `SELECT d.*, u.name AS decider_name FROM review_dispositions d
       JOIN review_threads t ON t.id = d.thread_id JOIN users u ON u.id = d.decided_by
       WHERE ${cond} ORDER BY d.thread_id, d.id`,
    )
    .all(...args) as DispositionRow[];

  const byThread = new Map<string, ThreadRecord>();
  const threads = rows.map((r) => {
    const thread: ThreadRecord = {
      id: r.id,
      standardId: r.standard_id,
      roundId: r.round_id,
      targetKind: r.target_kind,
      targetId: r.target_id,
      anchorStart: r.anchor_start ? new Uint8Array(r.anchor_start) : null,
      anchorEnd: r.anchor_end ? new Uint8Array(r.anchor_end) : null,
      quote: r.quote,
      lastQuote: r.last_quote,
      lastClauseId: r.last_clause_id,
      lastClauseNumber: r.last_clause_number,
      lastProvisionNumber: r.last_provision_number,
      orphanedAt: isoOrNull(r.orphaned_at),
      status: r.status,
      statusBy: r.status_by,
      statusAt: isoOrNull(r.status_at),
      createdBy: r.created_by,
      createdAt: iso(r.created_at),
      comments: [],
      dispositions: [],
    };
    byThread.set(r.id, thread);
    return thread;
  });
  for (const c of comments) byThread.get(c.thread_id)?.comments.push(toComment(c));
  for (const d of dispositions)
    byThread.get(d.thread_id)?.dispositions.push({
      value: d.value,
      observation: d.observation,
      decidedBy: { id: d.decided_by, name: d.decider_name },
      decidedAt: iso(d.decided_at),
    });
  return threads;
}

/** One thread of a standard (not deleted), or null. */
export function loadThread(db: Db, standardId: string, threadId: string): ThreadRecord | null {
  return loadThreads(db, standardId, { threadId })[0] ?? null;
}

/** The fields of a new comment. */
export interface NewComment {
  authorId: string;
  agency: CommentAgency | null;
  type: CommentType | null;
  body: string;
  proposedChange: string | null;
  source: 'web' | 'import';
}

/** The target and anchor of a new thread, with what they resolve to now. */
export interface NewThread {
  standardId: string;
  roundId: string;
  targetKind: 'clause' | 'provision';
  targetId: string;
  anchorStart: Uint8Array | null;
  anchorEnd: Uint8Array | null;
  quote: string | null;
  clauseId: string | null;
  clauseNumber: string | null;
  provisionNumber: string | null;
  createdBy: string;
}

function insertCommentRow(
  db: Db,
  threadId: string,
  seq: number,
  c: NewComment,
  now: number,
): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO review_comments (id, thread_id, seq, author_id, agency_id, agency_code, agency_name, type, body, proposed_change, source, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    threadId,
    seq,
    c.authorId,
    c.agency?.id ?? null,
    c.agency?.code ?? null,
    c.agency?.name ?? null,
    c.type,
    c.body,
    c.proposedChange,
    c.source,
    now,
  );
  return id;
}

/** Create a thread with its opening comment; returns the thread id. Run inside a transaction. */
export function insertThread(db: Db, t: NewThread, first: NewComment, now = Date.now()): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO review_threads (id, standard_id, round_id, target_kind, target_id, anchor_start, anchor_end,
       quote, last_quote, last_clause_id, last_clause_number, last_provision_number, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    t.standardId,
    t.roundId,
    t.targetKind,
    t.targetId,
    t.anchorStart ? Buffer.from(t.anchorStart) : null,
    t.anchorEnd ? Buffer.from(t.anchorEnd) : null,
    t.quote,
    t.quote,
    t.clauseId,
    t.clauseNumber,
    t.provisionNumber,
    t.createdBy,
    now,
  );
  insertCommentRow(db, id, 1, first, now);
  return id;
}

/** Add a reply at the end of a thread; returns the comment id. */
export function insertReply(db: Db, threadId: string, c: NewComment, now = Date.now()): string {
  const next = db
    .prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM review_comments WHERE thread_id = ?')
    .get(threadId) as { seq: number };
  return insertCommentRow(db, threadId, next.seq, c, now);
}

/** Replace a comment's text, keeping the previous version in its history. */
export function editComment(
  db: Db,
  commentId: string,
  change: { body: string; proposedChange: string | null; type: CommentType | null },
  now = Date.now(),
): void {
  db.transaction(() => {
    const prev = db
      .prepare(
        'SELECT type, body, proposed_change, created_at, edited_at FROM review_comments WHERE id = ?',
      )
      .get(commentId) as
      | {
          type: string | null;
          body: string;
          proposed_change: string | null;
          created_at: number;
          edited_at: number | null;
        }
      | undefined;
    if (!prev) throw new Error('comment vanished');
    db.prepare(
      `INSERT INTO review_comment_versions (comment_id, type, body, proposed_change, valid_from, replaced_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(
      commentId,
      prev.type,
      prev.body,
      prev.proposed_change,
      prev.edited_at ?? prev.created_at,
      now,
    );
    db.prepare(
      'UPDATE review_comments SET type = ?, body = ?, proposed_change = ?, edited_at = ? WHERE id = ?',
    ).run(change.type, change.body, change.proposedChange, now, commentId);
  })();
}

/** An earlier version of a comment. */
export interface CommentVersion {
  type: CommentType | null;
  body: string;
  proposedChange: string | null;
  validFrom: string;
  replacedAt: string;
}

/** The earlier versions of a comment, oldest first. */
export function commentHistory(db: Db, commentId: string): CommentVersion[] {
  const rows = db
    .prepare(
      'SELECT type, body, proposed_change, valid_from, replaced_at FROM review_comment_versions WHERE comment_id = ? ORDER BY id',
    )
    .all(commentId) as {
    type: CommentType | null;
    body: string;
    proposed_change: string | null;
    valid_from: number;
    replaced_at: number;
  }[];
  return rows.map((r) => ({
    type: r.type,
    body: r.body,
    proposedChange: r.proposed_change,
    validFrom: iso(r.valid_from),
    replacedAt: iso(r.replaced_at),
  }));
}

/**
 * Delete a comment (admins): its text and history are purged, the row stays as a marker.
 * Deleting the opening comment deletes the thread. Returns whether the thread went too.
 */
export function deleteComment(
  db: Db,
  threadId: string,
  commentId: string,
  by: string,
  now = Date.now(),
): { threadDeleted: boolean } {
  return db.transaction(() => {
    const row = db
      .prepare('SELECT seq FROM review_comments WHERE id = ? AND thread_id = ?')
      .get(commentId, threadId) as { seq: number } | undefined;
    if (!row) throw new Error('comment vanished');
    db.prepare('DELETE FROM review_comment_versions WHERE comment_id = ?').run(commentId);
    db.prepare(
      `UPDATE review_comments SET body = '', proposed_change = NULL, deleted_at = ?, deleted_by = ? WHERE id = ?`,
    ).run(now, by, commentId);
    if (row.seq !== 1) return { threadDeleted: false };
    db.prepare(
      'UPDATE review_threads SET deleted_at = ?, deleted_by = ?, quote = NULL, last_quote = NULL WHERE id = ?',
    ).run(now, by, threadId);
    return { threadDeleted: true };
  })();
}

/** Record a disposition (the newest is current; earlier ones stay as history). */
export function insertDisposition(
  db: Db,
  threadId: string,
  d: { value: DispositionValue; observation: string | null; decidedBy: string },
  now = Date.now(),
): void {
  db.prepare(
    'INSERT INTO review_dispositions (thread_id, value, observation, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)',
  ).run(threadId, d.value, d.observation, d.decidedBy, now);
}

/** Mark a thread open or resolved. */
export function setThreadStatus(
  db: Db,
  threadId: string,
  status: ThreadStatus,
  by: string,
  now = Date.now(),
): void {
  db.prepare('UPDATE review_threads SET status = ?, status_by = ?, status_at = ? WHERE id = ?').run(
    status,
    by,
    now,
    threadId,
  );
}

/** What an anchor resolved to, remembered so an orphaned thread still shows it. */
export interface AnchorSnapshot {
  quote: string | null;
  clauseId: string | null;
  clauseNumber: string | null;
  provisionNumber: string | null;
  orphaned: boolean;
}

/** Remember the latest resolution of a thread's anchor (only writes when something changed). */
export function saveAnchorSnapshot(
  db: Db,
  thread: ThreadRecord,
  snap: AnchorSnapshot,
  now = Date.now(),
): void {
  const orphanedAt = snap.orphaned
    ? thread.orphanedAt
      ? Date.parse(thread.orphanedAt)
      : now
    : null;
  const same =
    (snap.orphaned ||
      (snap.quote === thread.lastQuote &&
        snap.clauseId === thread.lastClauseId &&
        snap.clauseNumber === thread.lastClauseNumber &&
        snap.provisionNumber === thread.lastProvisionNumber)) &&
    (orphanedAt === null) === (thread.orphanedAt === null);
  if (same) return;
  if (snap.orphaned) {
    // Keep the last known quote and numbers: they are what an orphaned thread shows.
    db.prepare('UPDATE review_threads SET orphaned_at = ? WHERE id = ?').run(orphanedAt, thread.id);
    return;
  }
  db.prepare(
    `UPDATE review_threads SET last_quote = ?, last_clause_id = ?, last_clause_number = ?,
       last_provision_number = ?, orphaned_at = NULL WHERE id = ?`,
  ).run(snap.quote, snap.clauseId, snap.clauseNumber, snap.provisionNumber, thread.id);
}

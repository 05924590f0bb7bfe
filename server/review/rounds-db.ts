import { randomUUID } from 'node:crypto';
import type { Db } from '../db/open.ts';
import { roundIsOpen } from './rules.ts';

/** A consultation round on a standard's draft. */
export interface Round {
  id: string;
  standardId: string;
  name: string;
  closesAt: string;
  /** The release candidate the round reviews, when it names one (an opaque reference). */
  releaseCandidate: string | null;
  openedBy: string | null;
  openedAt: string;
  closedBy: string | null;
  closedAt: string | null;
  /** Open now: not closed by hand and before its closing time. */
  open: boolean;
}

/** The stored times of a round, for the pure rules. */
export interface RoundRecord extends Round {
  closesAtMs: number;
  closedAtMs: number | null;
}

interface RoundRow {
  id: string;
  standard_id: string;
  name: string;
  closes_at: number;
  release_candidate: string | null;
  opened_by: string | null;
  opened_at: number;
  closed_by: string | null;
  closed_at: number | null;
}

const iso = (ms: number): string => new Date(ms).toISOString();

function toRound(r: RoundRow, now: number): RoundRecord {
  return {
    id: r.id,
    standardId: r.standard_id,
    name: r.name,
    closesAt: iso(r.closes_at),
    releaseCandidate: r.release_candidate,
    openedBy: r.opened_by,
    openedAt: iso(r.opened_at),
    closedBy: r.closed_by,
    closedAt: r.closed_at === null ? null : iso(r.closed_at),
    open: roundIsOpen({ closesAt: r.closes_at, closedAt: r.closed_at }, now),
    closesAtMs: r.closes_at,
    closedAtMs: r.closed_at,
  };
}

/** Every round of a standard, oldest first. */
export function listRounds(db: Db, standardId: string, now = Date.now()): RoundRecord[] {
  const rows = db
    .prepare('SELECT * FROM review_rounds WHERE standard_id = ? ORDER BY opened_at, rowid')
    .all(standardId) as RoundRow[];
  return rows.map((r) => toRound(r, now));
}

/** The round with an id on a standard, or null (a round of another standard is not found). */
export function getRound(
  db: Db,
  standardId: string,
  roundId: string,
  now = Date.now(),
): RoundRecord | null {
  const row = db
    .prepare('SELECT * FROM review_rounds WHERE id = ? AND standard_id = ?')
    .get(roundId, standardId) as RoundRow | undefined;
  return row ? toRound(row, now) : null;
}

/** The round currently taking comments on a standard, or null. */
export function openRoundOf(db: Db, standardId: string, now = Date.now()): RoundRecord | null {
  return listRounds(db, standardId, now).find((r) => r.open) ?? null;
}

/** Open a round; the caller has checked the rules. */
export function insertRound(
  db: Db,
  input: {
    standardId: string;
    name: string;
    closesAt: number;
    releaseCandidate: string | null;
    openedBy: string;
  },
  now = Date.now(),
): RoundRecord {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO review_rounds (id, standard_id, name, closes_at, release_candidate, opened_by, opened_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    input.standardId,
    input.name,
    input.closesAt,
    input.releaseCandidate,
    input.openedBy,
    now,
  );
  const round = getRound(db, input.standardId, id, now);
  if (!round) throw new Error('round vanished after insert');
  return round;
}

/** Rename a round or move its closing time. */
export function updateRound(
  db: Db,
  roundId: string,
  change: { name?: string | undefined; closesAt?: number | undefined },
): void {
  if (change.name !== undefined)
    db.prepare('UPDATE review_rounds SET name = ? WHERE id = ?').run(change.name, roundId);
  if (change.closesAt !== undefined)
    db.prepare('UPDATE review_rounds SET closes_at = ? WHERE id = ?').run(change.closesAt, roundId);
}

/** Close a round now; its comments freeze. */
export function closeRound(db: Db, roundId: string, by: string, now = Date.now()): void {
  db.prepare(
    'UPDATE review_rounds SET closed_at = ?, closed_by = ? WHERE id = ? AND closed_at IS NULL',
  ).run(now, by, roundId);
}

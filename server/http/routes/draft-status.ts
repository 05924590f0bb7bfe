// Where a standard's draft stands: drafting, out for review, or a release awaiting sign-off.
import { z } from 'zod';
import type { Db } from '../../db/open.ts';

export const DraftStatusOut = z.object({
  phase: z
    .enum(['drafting', 'in-review', 'candidate', 'approved'])
    .describe(
      'in-review while a consultation round is open; candidate or approved while a release awaits publication',
    ),
  round: z.nullable(z.object({ name: z.string(), closesAt: z.string() })),
  /** The release awaiting approval or publication. */
  pending: z.nullable(z.string()),
  /** The version frontline staff read now. */
  published: z.nullable(z.string()),
});
export type DraftStatus = z.infer<typeof DraftStatusOut>;

interface Facts {
  openRound: { name: string; closesAt: number } | null;
  pending: { version: string; status: 'candidate' | 'approved' } | null;
  published: string | null;
}

/** Pure: the status shown for a draft, given its open round and releases. */
export function describeDraftStatus(facts: Facts): DraftStatus {
  const round = facts.openRound
    ? { name: facts.openRound.name, closesAt: new Date(facts.openRound.closesAt).toISOString() }
    : null;
  const phase = round ? 'in-review' : (facts.pending?.status ?? 'drafting');
  return { phase, round, pending: facts.pending?.version ?? null, published: facts.published };
}

/** Use when listing standards: reads the facts for one standard and describes them. */
export function draftStatusOf(db: Db, standardId: string, now: number): DraftStatus {
  // Same rule as server/review/rules.ts roundIsOpen: not closed, and the deadline not passed.
  const openRound = db
    .prepare<[string, number], { name: string; closesAt: number }>(
      `SELECT name, closes_at AS closesAt FROM review_rounds
        WHERE standard_id = ? AND closed_at IS NULL AND closes_at > ?
        ORDER BY opened_at DESC LIMIT 1`,
    )
    .get(standardId, now);
  const pending = db
    .prepare<[string], { version: string; status: 'candidate' | 'approved' }>(
      `SELECT version, status FROM releases
        WHERE standard_id = ? AND status IN ('candidate', 'approved')
        ORDER BY major DESC, minor DESC LIMIT 1`,
    )
    .get(standardId);
  const published = db
    .prepare<[string], { version: string }>(
      `SELECT version FROM releases WHERE standard_id = ? AND status = 'published'
        ORDER BY major DESC, minor DESC LIMIT 1`,
    )
    .get(standardId);
  return describeDraftStatus({
    openRound: openRound ?? null,
    pending: pending ?? null,
    published: published?.version ?? null,
  });
}

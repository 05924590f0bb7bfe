// Where a standard's draft stands: drafting, out for review, or a release awaiting sign-off.
import { z } from 'zod';
import type { Db } from '../../db/open.ts';
import { listReleaseRows, type ReleaseRecord } from '../../releases/release-rows.ts';
import { standardStandingAt } from '../../releases/standing-today.ts';
import { listRounds } from '../../review/rounds-db.ts';

export const DraftStatusOut = z.object({
  phase: z
    .enum(['drafting', 'in-review', 'candidate', 'approved'])
    .describe(
      'in-review while a consultation round is open; candidate or approved while a release awaits publication',
    ),
  round: z.nullable(z.object({ name: z.string(), closesAt: z.string() })),
  /** The release awaiting approval or publication. */
  pending: z.nullable(z.string()),
  /** The version frontline staff read now: published and in force today. */
  published: z.nullable(z.string()),
  /** The next published version still waiting for its effective date, and that date. */
  upcoming: z.nullable(z.object({ version: z.string(), effectiveDate: z.string() })),
});
export type DraftStatus = z.infer<typeof DraftStatusOut>;

interface Facts {
  openRound: { name: string; closesAt: number } | null;
  pending: { version: string; status: 'candidate' | 'approved' } | null;
  published: string | null;
  upcoming: { version: string; effectiveDate: string } | null;
}

/** Pure: the status shown for a draft, given its open round and releases. */
export function describeDraftStatus(facts: Facts): DraftStatus {
  const round = facts.openRound
    ? { name: facts.openRound.name, closesAt: new Date(facts.openRound.closesAt).toISOString() }
    : null;
  const phase = round ? 'in-review' : (facts.pending?.status ?? 'drafting');
  return {
    phase,
    round,
    pending: facts.pending?.version ?? null,
    published: facts.published,
    upcoming: facts.upcoming,
  };
}

/** Use when listing standards: reads the facts for one standard and describes them. */
export function draftStatusOf(db: Db, standardId: string, now: number): DraftStatus {
  // The review and release modules own the rules (an open round, release statuses).
  const openRound = listRounds(db, standardId, now).findLast((round) => round.open);
  const releases = listReleaseRows(db, standardId);
  const pending = releases.findLast(
    (r): r is ReleaseRecord & { status: 'candidate' | 'approved' } =>
      r.status === 'candidate' || r.status === 'approved',
  );
  // In force, not merely "status published": a later version may be waiting for its date,
  // and a withdrawn one leaves its superseded predecessor in force again.
  const standing = standardStandingAt(releases, now);
  const next = releases.find((r) => r.version === standing.upcoming[0]);
  return describeDraftStatus({
    openRound: openRound ? { name: openRound.name, closesAt: openRound.closesAtMs } : null,
    pending: pending ? { version: pending.version, status: pending.status } : null,
    published: standing.inForce,
    upcoming: next ? { version: next.version, effectiveDate: next.effectiveDate } : null,
  });
}

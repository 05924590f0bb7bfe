/** Consultation round operations: open, change, close, list with counts. */
import { audit } from '../accounts/audit.ts';
import { findReleaseRow } from '../releases/release-rows.ts';
import { announce, fail, type Outcome, type ReviewDeps } from './deps.ts';
import {
  closeRound,
  getRound,
  insertRound,
  listRounds,
  updateRound,
  type Round,
  type RoundRecord,
} from './rounds-db.ts';
import { closingTimeProblem, mayManageRounds, mayOpenRound } from './rules.ts';
import { closingTime } from './schemas.ts';
import { listThreadViews, type Actor } from './threads-service.ts';
import { countThreads, type ReviewCounts } from './thread-view.ts';

/** A round as the API shows it, with the counts of the threads the caller can see. */
export type RoundView = Round & { counts: ReviewCounts };

const publicRound = (r: RoundRecord): Round => ({
  id: r.id,
  standardId: r.standardId,
  name: r.name,
  closesAt: r.closesAt,
  releaseCandidate: r.releaseCandidate,
  openedBy: r.openedBy,
  openedAt: r.openedAt,
  closedBy: r.closedBy,
  closedAt: r.closedAt,
  open: r.open,
});

/** Use for GET /rounds: every round, oldest first, with counts per agency, type and disposition. */
export function listRoundViews(deps: ReviewDeps, actor: Actor): RoundView[] {
  const { threads } = listThreadViews(deps, actor, {});
  return listRounds(deps.db, actor.standard.id).map((r) => ({
    ...publicRound(r),
    counts: countThreads(threads.filter((t) => t.roundId === r.id)),
  }));
}

/** Use for GET /rounds/:id. */
export function getRoundView(
  deps: ReviewDeps,
  actor: Actor,
  roundId: string,
): Outcome<{ round: RoundView }> {
  const round = getRound(deps.db, actor.standard.id, roundId);
  if (!round) return fail(404, 'Not Found', 'No such consultation round on this standard.');
  const { threads } = listThreadViews(deps, actor, { round: roundId });
  return { ok: true, round: { ...publicRound(round), counts: countThreads(threads) } };
}

/** Use for POST /rounds: editors open a round (one open at a time). */
export function openRound(
  deps: ReviewDeps,
  actor: Actor,
  input: { name: string; closesAt: string; releaseCandidate?: string | null | undefined },
  ip: string,
): Outcome<{ round: RoundView }> {
  const allowed = mayManageRounds(actor.role);
  if (!allowed.ok) return allowed;
  const now = Date.now();
  const closesAt = closingTime(input.closesAt);
  const problem = closingTimeProblem(closesAt, now);
  if (problem) return fail(422, 'Unprocessable Content', problem);
  const candidate = input.releaseCandidate ?? null;
  if (candidate !== null && !findReleaseRow(deps.db, actor.standard.id, candidate))
    return fail(
      422,
      'Unknown Release',
      `No release '${candidate}' of this standard: name the version of a release candidate.`,
    );
  const round = deps.db.transaction(() => {
    const open = listRounds(deps.db, actor.standard.id, now).filter((r) => r.open).length;
    const may = mayOpenRound(open);
    if (!may.ok) return may;
    const created = insertRound(
      deps.db,
      {
        standardId: actor.standard.id,
        name: input.name,
        closesAt,
        releaseCandidate: candidate,
        openedBy: actor.caller.user.id,
      },
      now,
    );
    audit(deps.db, {
      action: 'review.round-open',
      actorId: actor.caller.user.id,
      ip,
      standardId: actor.standard.id,
      detail: { roundId: created.id },
    });
    return created;
  })();
  if ('ok' in round) return round;
  announce(deps, actor.standard, 'round.changed', { roundId: round.id });
  return { ok: true, round: { ...publicRound(round), counts: countThreads([]) } };
}

/** Use for PATCH /rounds/:id: rename or move the closing date of an open round. */
export function changeRound(
  deps: ReviewDeps,
  actor: Actor,
  roundId: string,
  change: { name?: string | undefined; closesAt?: string | undefined },
): Outcome<object> {
  const allowed = mayManageRounds(actor.role);
  if (!allowed.ok) return allowed;
  const round = getRound(deps.db, actor.standard.id, roundId);
  if (!round) return fail(404, 'Not Found', 'No such consultation round on this standard.');
  if (!round.open) return fail(409, 'Round Closed', 'A closed round cannot be changed.');
  const closesAt = change.closesAt === undefined ? undefined : closingTime(change.closesAt);
  const problem = closesAt === undefined ? null : closingTimeProblem(closesAt, Date.now());
  if (problem) return fail(422, 'Unprocessable Content', problem);
  updateRound(deps.db, roundId, { name: change.name, closesAt });
  announce(deps, actor.standard, 'round.changed', { roundId });
  return { ok: true };
}

/** Use for POST /rounds/:id/close: freezes the round's comments. */
export function closeRoundNow(
  deps: ReviewDeps,
  actor: Actor,
  roundId: string,
  ip: string,
): Outcome<object> {
  const allowed = mayManageRounds(actor.role);
  if (!allowed.ok) return allowed;
  const round = getRound(deps.db, actor.standard.id, roundId);
  if (!round) return fail(404, 'Not Found', 'No such consultation round on this standard.');
  if (round.closedAt !== null) return fail(409, 'Round Closed', 'This round is already closed.');
  deps.db.transaction(() => {
    closeRound(deps.db, roundId, actor.caller.user.id);
    audit(deps.db, {
      action: 'review.round-close',
      actorId: actor.caller.user.id,
      ip,
      standardId: actor.standard.id,
      detail: { roundId },
    });
  })();
  announce(deps, actor.standard, 'round.changed', { roundId });
  return { ok: true };
}

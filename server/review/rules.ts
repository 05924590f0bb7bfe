/**
 * The review rules, pure: who may comment, edit, dispose and see what, given a role, a
 * round and the time. Routes ask these functions and turn a refusal into a problem detail.
 */
import type { EffectiveRole } from '../auth/permissions.ts';
import { can } from '../auth/permissions.ts';

export const COMMENT_TYPES = ['general', 'technical', 'editorial'] as const;
/** The kind of a comment, as in the ISO/IEC template (ge / te / ed). */
export type CommentType = (typeof COMMENT_TYPES)[number];

export const DISPOSITIONS = ['accepted', 'accepted-in-part', 'rejected', 'noted'] as const;
/** An editor's answer to a thread. */
export type DispositionValue = (typeof DISPOSITIONS)[number];

export const THREAD_STATUSES = ['open', 'resolved'] as const;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];

/** The longest comment, proposed change or observation we accept, in characters. */
export const MAX_TEXT = 20_000;

/** A consultation round lasts weeks or months: a closing date years ahead is a typo (9999). */
const MAX_ROUND_MS = 5 * 366 * 24 * 60 * 60 * 1000;

/** Use when a round is opened or moved: why `closesAt` cannot be its closing time, or null. */
export function closingTimeProblem(closesAt: number, now: number): string | null {
  if (!(closesAt > now)) return 'The closing date is in the past.';
  if (closesAt - now > MAX_ROUND_MS)
    return 'The closing date is more than five years away; check the year.';
  return null;
}

/** What the rules need to know of a round. */
export interface RoundFacts {
  closesAt: number;
  closedAt: number | null;
}

/** Use to tell whether a round still takes comments: not closed by hand and not past its closing time. */
export function roundIsOpen(round: RoundFacts, now: number): boolean {
  return round.closedAt === null && now < round.closesAt;
}

/** A refusal, with the HTTP status and title the API answers with. */
export interface Refusal {
  ok: false;
  status: 403 | 409 | 422;
  title: string;
  detail: string;
}
export type Decision = { ok: true } | Refusal;

const OK: Decision = { ok: true };
const refuse = (status: Refusal['status'], title: string, detail: string): Refusal => ({
  ok: false,
  status,
  title,
  detail,
});

const ROUND_CLOSED = refuse(
  409,
  'Round Closed',
  'This consultation round is closed; its comments are frozen.',
);

/** Use before adding a thread or a reply: needs comment.create and an open round. */
export function mayComment(role: EffectiveRole, round: RoundFacts, now: number): Decision {
  if (!can(role, 'comment.create'))
    return refuse(403, 'Forbidden', 'Your role on this standard does not allow commenting.');
  if (!roundIsOpen(round, now)) return ROUND_CLOSED;
  return OK;
}

/** Use before changing a comment's text: only its author, only while its round is open. */
export function mayEditComment(
  callerId: string,
  comment: { authorId: string; deleted: boolean },
  round: RoundFacts,
  now: number,
): Decision {
  if (comment.deleted) return refuse(409, 'Comment Deleted', 'This comment has been deleted.');
  if (comment.authorId !== callerId)
    return refuse(403, 'Forbidden', 'Only the author of a comment may edit it.');
  if (!roundIsOpen(round, now)) return ROUND_CLOSED;
  return OK;
}

/** What deciding on a deletion needs to know of the comment and its thread. */
export interface DeletionFacts {
  authorId: string;
  /** The thread's opening comment: deleting it deletes the thread. */
  opening: boolean;
  /** Someone other than the author has replied (and the reply is not deleted). */
  answeredByOthers: boolean;
  disposed: boolean;
}

/**
 * Use before deleting a comment. Platform admins may delete any (moderation). Its author may
 * withdraw it while the round is open, but not an opening comment that others have answered
 * or an editor has disposed of: that would take their words and the decision with it.
 */
export function mayDeleteComment(
  role: EffectiveRole,
  callerId: string,
  comment: DeletionFacts,
  round: RoundFacts,
  now: number,
): Decision {
  if (role === 'admin') return OK;
  if (comment.authorId !== callerId)
    return refuse(403, 'Forbidden', 'Only its author or an administrator may delete a comment.');
  if (!roundIsOpen(round, now)) return ROUND_CLOSED;
  if (comment.opening && (comment.answeredByOthers || comment.disposed))
    return refuse(
      409,
      'Comment Answered',
      'This comment has replies or a disposition, so it can no longer be withdrawn. Reply to say it is withdrawn instead.',
    );
  return OK;
}

/** Use before recording a disposition or changing a thread's status (allowed after the round closes). */
export function mayDispose(role: EffectiveRole): Decision {
  return can(role, 'comment.dispose')
    ? OK
    : refuse(403, 'Forbidden', 'Only editors may dispose of comments.');
}

/** Use before opening, changing, closing a round or importing comments into it. */
export function mayManageRounds(role: EffectiveRole): Decision {
  return can(role, 'round.manage')
    ? OK
    : refuse(403, 'Forbidden', 'Only editors may manage consultation rounds.');
}

/** Use to check a disposition: rejected and accepted-in-part need an observation saying why. */
export function checkDisposition(value: DispositionValue, observation: string | null): Decision {
  const needsWhy = value === 'rejected' || value === 'accepted-in-part';
  if (needsWhy && (observation === null || observation.trim() === ''))
    return refuse(
      422,
      'Observation Required',
      `${value === 'rejected' ? 'Rejected' : 'Accepted in part'} needs an observation saying why.`,
    );
  return OK;
}

/** Use before opening a round: one open round per standard at a time. */
export function mayOpenRound(openRounds: number): Decision {
  return openRounds === 0
    ? OK
    : refuse(
        409,
        'Round Already Open',
        'Close the open consultation round before opening another.',
      );
}

/** What visibility needs to know of a thread. */
export interface ThreadVisibility {
  createdBy: string;
  agencyId: string | null;
  roundOpen: boolean;
}

/**
 * Use to filter threads for a caller. Editors, observers and admins see everything;
 * reviewers see their own and their agency's threads while the round is open, and every
 * thread once it has closed (when the dispositions are shared).
 */
export function maySeeThread(
  role: EffectiveRole,
  caller: { id: string; agencyId: string | null },
  thread: ThreadVisibility,
): boolean {
  if (!can(role, 'comment.read')) return false;
  if (role !== 'reviewer') return true;
  if (!thread.roundOpen) return true;
  if (thread.createdBy === caller.id) return true;
  return caller.agencyId !== null && thread.agencyId === caller.agencyId;
}

/** The two-letter type code of the ISO/IEC comment template. */
export const TYPE_CODE: Readonly<Record<CommentType, string>> = {
  general: 'ge',
  technical: 'te',
  editorial: 'ed',
};

/** Use to read a type from a comment table cell: ge/te/ed or the full word, any case. */
export function parseCommentType(cell: string): CommentType | null {
  const v = cell.trim().toLowerCase();
  for (const type of COMMENT_TYPES) if (v === type || v === TYPE_CODE[type]) return type;
  return null;
}

/** Human wording of a disposition for the comment table's observations column. */
export const DISPOSITION_LABEL: Readonly<Record<DispositionValue, string>> = {
  accepted: 'Accepted',
  'accepted-in-part': 'Accepted in part',
  rejected: 'Rejected',
  noted: 'Noted',
};

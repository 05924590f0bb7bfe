/**
 * Thread operations: each checks the rules and the input against the draft first, then
 * writes in one transaction (so a refused request changes nothing), then announces.
 */
import type { Standard } from '../accounts/standards.ts';
import { audit } from '../accounts/audit.ts';
import type { Caller } from '../auth/caller.ts';
import type { EffectiveRole } from '../auth/permissions.ts';
import { createAnchor, findBlock } from './anchor.ts';
import { announce, fail, loadDraft, type Outcome, type ReviewDeps } from './deps.ts';
import { placeOf, type DraftSnapshot } from './draft.ts';
import { getRound, listRounds, openRoundOf } from './rounds-db.ts';
import {
  checkDisposition,
  mayComment,
  mayDeleteComment,
  mayDispose,
  mayEditComment,
  maySeeThread,
  type CommentType,
  type DispositionValue,
  type ThreadStatus,
} from './rules.ts';
import type { CreateThreadInput } from './schemas.ts';
import {
  commentHistory,
  deleteComment,
  editComment,
  insertDisposition,
  insertReply,
  insertThread,
  loadThread,
  loadThreads,
  saveAnchorSnapshot,
  setThreadStatus,
  type CommentAgency,
  type CommentVersion,
  type ThreadRecord,
} from './threads-db.ts';
import {
  countThreads,
  matchesFilter,
  viewThread,
  type ReviewCounts,
  type ThreadFilter,
  type ThreadView,
} from './thread-view.ts';

/** Who is acting, with the role they hold on the standard. */
export interface Actor {
  caller: Caller;
  role: EffectiveRole;
  standard: Standard;
}

const agencyOf = (caller: Caller): CommentAgency | null =>
  caller.user.agency
    ? { id: caller.user.agency.id, code: caller.user.agency.code, name: caller.user.agency.name }
    : null;

/** Use to show threads against a draft already loaded, remembering what their anchors resolve to. */
export function viewsOf(
  deps: ReviewDeps,
  threads: readonly ThreadRecord[],
  draft: DraftSnapshot,
): ThreadView[] {
  const now = Date.now();
  const views: ThreadView[] = [];
  deps.db.transaction(() => {
    for (const thread of threads) {
      const { view, snapshot } = viewThread(thread, draft, now);
      saveAnchorSnapshot(deps.db, thread, snapshot, now);
      views.push(view);
    }
  })();
  return views;
}

/** Use to keep only the threads the actor may see (reviewers: their agency's while a round is open). */
export function visibleTo<T extends Pick<ThreadView, 'roundId' | 'author' | 'agency'>>(
  deps: ReviewDeps,
  actor: Actor,
  views: readonly T[],
): T[] {
  const openRounds = new Set(
    listRounds(deps.db, actor.standard.id)
      .filter((r) => r.open)
      .map((r) => r.id),
  );
  const caller = { id: actor.caller.user.id, agencyId: actor.caller.user.agency?.id ?? null };
  return views.filter((v) =>
    maySeeThread(actor.role, caller, {
      createdBy: v.author.id,
      agencyId: v.agency?.id ?? null,
      roundOpen: openRounds.has(v.roundId),
    }),
  );
}

/** Use for GET /threads: visible threads matching the filter, and their counts. */
export function listThreadViews(
  deps: ReviewDeps,
  actor: Actor,
  filter: ThreadFilter,
): { threads: ThreadView[]; counts: ReviewCounts } {
  const draft = loadDraft(deps, actor.standard);
  const all = viewsOf(
    deps,
    loadThreads(deps.db, actor.standard.id, { roundId: filter.round }),
    draft,
  );
  const threads = visibleTo(deps, actor, all).filter((v) => matchesFilter(v, filter));
  return { threads, counts: countThreads(threads) };
}

/** Use for GET /threads/:id (404 when missing or not visible to the actor). */
export function getThreadView(
  deps: ReviewDeps,
  actor: Actor,
  threadId: string,
): Outcome<{ thread: ThreadView }> {
  const record = loadThread(deps.db, actor.standard.id, threadId);
  if (!record) return notFound();
  const [view] = visibleTo(deps, actor, viewsOf(deps, [record], loadDraft(deps, actor.standard)));
  return view ? { ok: true, thread: view } : notFound();
}

const notFound = () => fail(404, 'Not Found', 'No such thread on this standard.');

/** Use for POST /threads: a new thread on a clause or provision, optionally on a passage of it. */
export function createThread(
  deps: ReviewDeps,
  actor: Actor,
  input: CreateThreadInput,
): Outcome<{ thread: ThreadView }> {
  const { db } = deps;
  const now = Date.now();
  const round = input.roundId
    ? getRound(db, actor.standard.id, input.roundId, now)
    : openRoundOf(db, actor.standard.id, now);
  if (!round)
    return input.roundId
      ? fail(404, 'Not Found', 'No such consultation round on this standard.')
      : fail(409, 'No Open Round', 'No consultation round is open on this standard.');
  const allowed = mayComment(
    actor.role,
    { closesAt: round.closesAtMs, closedAt: round.closedAtMs },
    now,
  );
  if (!allowed.ok) return allowed;

  const draft = loadDraft(deps, actor.standard);
  const place = placeOf(draft.numbering, input.targetId);
  if (!place)
    return fail(
      422,
      'Unknown Target',
      `No clause or provision '${input.targetId}' in the current draft.`,
    );
  let anchor: { start: Uint8Array; end: Uint8Array; quote: string } | null = null;
  if (input.passage) {
    const block = findBlock(draft.fragment, input.targetId);
    const made = block
      ? createAnchor(block, input.passage.from, input.passage.to, input.passage.quote)
      : null;
    if (!made || !made.ok)
      return fail(
        409,
        'Passage Not Found',
        'The selected passage is no longer in this clause or provision; select it again.',
      );
    anchor = made;
  }
  const id = db.transaction(() =>
    insertThread(
      db,
      {
        standardId: actor.standard.id,
        roundId: round.id,
        targetKind: place.kind,
        targetId: input.targetId,
        anchorStart: anchor?.start ?? null,
        anchorEnd: anchor?.end ?? null,
        quote: anchor?.quote ?? null,
        clauseId: place.clauseId,
        clauseNumber: place.clauseNumber,
        provisionNumber: place.provisionNumber,
        createdBy: actor.caller.user.id,
      },
      {
        authorId: actor.caller.user.id,
        agency: agencyOf(actor.caller),
        type: input.type,
        body: input.body,
        proposedChange: input.proposedChange,
        source: 'web',
      },
      now,
    ),
  )();
  announce(deps, actor.standard, 'thread.created', { roundId: round.id, threadId: id });
  const record = loadThread(db, actor.standard.id, id);
  if (!record) throw new Error('thread vanished after insert');
  const [view] = viewsOf(deps, [record], draft);
  if (!view) throw new Error('thread view missing');
  return { ok: true, thread: view };
}

/** Load a thread the actor can see, with its round's open/closed facts. */
function threadInScope(deps: ReviewDeps, actor: Actor, threadId: string) {
  const record = loadThread(deps.db, actor.standard.id, threadId);
  if (!record) return null;
  const round = getRound(deps.db, actor.standard.id, record.roundId);
  if (!round) return null;
  const first = record.comments[0];
  const visible = visibleTo(deps, actor, [
    {
      roundId: record.roundId,
      author: first?.author ?? { id: record.createdBy, name: '' },
      agency: first?.agency ?? null,
    },
  ]);
  if (visible.length === 0) return null;
  return { record, round, facts: { closesAt: round.closesAtMs, closedAt: round.closedAtMs } };
}

/** Use for POST /threads/:id/comments: a reply, while the round is open. */
export function replyToThread(
  deps: ReviewDeps,
  actor: Actor,
  threadId: string,
  body: string,
): Outcome<{ commentId: string }> {
  const scope = threadInScope(deps, actor, threadId);
  if (!scope) return notFound();
  const allowed = mayComment(actor.role, scope.facts, Date.now());
  if (!allowed.ok) return allowed;
  const commentId = insertReply(deps.db, threadId, {
    authorId: actor.caller.user.id,
    agency: agencyOf(actor.caller),
    type: null,
    body,
    proposedChange: null,
    source: 'web',
  });
  announce(deps, actor.standard, 'comment.added', { roundId: scope.round.id, threadId, commentId });
  return { ok: true, commentId };
}

/** Use for PATCH /threads/:id/comments/:cid: the author edits, history kept. */
export function editThreadComment(
  deps: ReviewDeps,
  actor: Actor,
  threadId: string,
  commentId: string,
  change: {
    body?: string | undefined;
    proposedChange?: string | null | undefined;
    type?: CommentType | undefined;
  },
): Outcome<object> {
  const scope = threadInScope(deps, actor, threadId);
  const comment = scope?.record.comments.find((c) => c.id === commentId);
  if (!scope || !comment) return fail(404, 'Not Found', 'No such comment on this thread.');
  const allowed = mayEditComment(
    actor.caller.user.id,
    { authorId: comment.author.id, deleted: comment.deleted },
    scope.facts,
    Date.now(),
  );
  if (!allowed.ok) return allowed;
  if (comment.seq !== 1 && (change.type !== undefined || change.proposedChange !== undefined))
    return fail(
      422,
      'Unprocessable Content',
      'Only the opening comment has a type and a proposed change.',
    );
  editComment(deps.db, commentId, {
    body: change.body ?? comment.body,
    proposedChange:
      change.proposedChange === undefined ? comment.proposedChange : change.proposedChange,
    type: change.type ?? comment.type,
  });
  announce(deps, actor.standard, 'comment.edited', {
    roundId: scope.round.id,
    threadId,
    commentId,
  });
  return { ok: true };
}

/** Use for GET …/comments/:cid/history: earlier versions of a comment. */
export function historyOfComment(
  deps: ReviewDeps,
  actor: Actor,
  threadId: string,
  commentId: string,
): Outcome<{ versions: CommentVersion[] }> {
  const scope = threadInScope(deps, actor, threadId);
  if (!scope?.record.comments.some((c) => c.id === commentId))
    return fail(404, 'Not Found', 'No such comment on this thread.');
  return { ok: true, versions: commentHistory(deps.db, commentId) };
}

/**
 * Use for DELETE …/comments/:cid: admins delete any comment, authors withdraw their own
 * (see mayDeleteComment); audited either way. The opening comment takes its thread along.
 */
export function deleteThreadComment(
  deps: ReviewDeps,
  actor: Actor,
  threadId: string,
  commentId: string,
  ip: string,
): Outcome<{ threadDeleted: boolean }> {
  const scope = threadInScope(deps, actor, threadId);
  const comment = scope?.record.comments.find((c) => c.id === commentId);
  if (!scope || !comment || comment.deleted)
    return fail(404, 'Not Found', 'No such comment on this thread.');
  const { record } = scope;
  const allowed = mayDeleteComment(
    actor.role,
    actor.caller.user.id,
    {
      authorId: comment.author.id,
      opening: comment.seq === 1,
      answeredByOthers: record.comments.some(
        (c) => !c.deleted && c.author.id !== comment.author.id,
      ),
      disposed: record.dispositions.length > 0,
    },
    scope.facts,
    Date.now(),
  );
  if (!allowed.ok) return allowed;
  const withdrawn = comment.author.id === actor.caller.user.id;
  const result = deps.db.transaction(() => {
    const r = deleteComment(deps.db, threadId, commentId, actor.caller.user.id);
    audit(deps.db, {
      action: withdrawn ? 'review.comment-withdraw' : 'review.comment-delete',
      actorId: actor.caller.user.id,
      ip,
      standardId: actor.standard.id,
      targetUserId: comment.author.id,
      detail: { threadId, commentId, roundId: scope.round.id, threadDeleted: r.threadDeleted },
    });
    return r;
  })();
  announce(deps, actor.standard, result.threadDeleted ? 'thread.deleted' : 'comment.deleted', {
    roundId: scope.round.id,
    threadId,
    commentId,
  });
  return { ok: true, threadDeleted: result.threadDeleted };
}

/** Use for PUT /threads/:id/disposition: editors, also after the round closed; history kept. */
export function disposeThread(
  deps: ReviewDeps,
  actor: Actor,
  threadId: string,
  value: DispositionValue,
  observation: string | null,
  ip: string,
): Outcome<object> {
  const allowed = mayDispose(actor.role);
  if (!allowed.ok) return allowed;
  const scope = threadInScope(deps, actor, threadId);
  if (!scope) return notFound();
  const valid = checkDisposition(value, observation);
  if (!valid.ok) return valid;
  deps.db.transaction(() => {
    insertDisposition(deps.db, threadId, { value, observation, decidedBy: actor.caller.user.id });
    audit(deps.db, {
      action: 'review.dispose',
      actorId: actor.caller.user.id,
      ip,
      standardId: actor.standard.id,
      detail: { threadId, roundId: scope.round.id, value },
    });
  })();
  announce(deps, actor.standard, 'disposition.set', { roundId: scope.round.id, threadId });
  return { ok: true };
}

/** Use for PATCH /threads/:id: mark a thread open or resolved (editors). */
export function setStatusOfThread(
  deps: ReviewDeps,
  actor: Actor,
  threadId: string,
  status: ThreadStatus,
): Outcome<object> {
  const allowed = mayDispose(actor.role);
  if (!allowed.ok) return allowed;
  const scope = threadInScope(deps, actor, threadId);
  if (!scope) return notFound();
  setThreadStatus(deps.db, threadId, status, actor.caller.user.id);
  announce(deps, actor.standard, 'thread.updated', { roundId: scope.round.id, threadId });
  return { ok: true };
}

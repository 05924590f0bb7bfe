// Review through the API: rounds, threads, replies, edits, dispositions, deletion, and the
// refusals of bad input, each leaving the database unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../server/accounts/audit.ts';
import { call, signIn } from '../helpers/accounts.ts';
import { countRows, createReviewWorld, nextWeek, type ReviewWorld } from './review-world.ts';

let w: ReviewWorld;
let roundId: string;

beforeAll(async () => {
  w = await createReviewWorld();
});
afterAll(() => w.dispose());

type Json = Record<string, unknown>;
const thread = (body: Json) => body.thread as Json;
const count = (table: string) => countRows(w, table);
const snapshot = () => ({
  rounds: count('review_rounds'),
  threads: count('review_threads'),
  comments: count('review_comments'),
  versions: count('review_comment_versions'),
  dispositions: count('review_dispositions'),
});

const comment = (extra: Json = {}) => ({
  targetId: 'p-listen',
  type: 'technical',
  body: 'Say what to do when the child does not want to talk.',
  proposedChange: 'Add: "and shall not press for detail".',
  ...extra,
});

describe('consultation rounds', () => {
  it('reviewers cannot comment before a round is open', async () => {
    const res = await w.api('reviewer', 'POST', '/threads', comment());
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ title: 'No Open Round' });
  });

  it('only editors open a round; one at a time', async () => {
    const input = { name: 'Public consultation 1', closesAt: nextWeek() };
    expect((await w.api('reviewer', 'POST', '/rounds', input)).status).toBe(403);
    expect((await w.api('observer', 'POST', '/rounds', input)).status).toBe(403);
    expect((await w.api('stranger', 'POST', '/rounds', input)).status).toBe(404);
    const opened = await w.api('editor', 'POST', '/rounds', input);
    expect(opened.status).toBe(201);
    const round = opened.body.round as Json;
    expect(round).toMatchObject({ name: 'Public consultation 1', open: true, closedAt: null });
    roundId = round.id as string;
    // The standards list shows the draft as out for review until the round closes.
    const listed = await w.api('observer', 'GET', '');
    expect(listed.body.status).toMatchObject({
      phase: 'in-review',
      round: { name: 'Public consultation 1' },
    });
    const again = await w.api('editor', 'POST', '/rounds', { ...input, name: 'Second' });
    expect(again.status).toBe(409);
    expect(again.contentType).toContain('application/problem+json');
    const past = await w.api('editor', 'POST', '/rounds', { name: 'Past', closesAt: '2020-01-01' });
    expect(past.status).toBe(422);
    const unknownRelease = await w.api('editor', 'POST', '/rounds', {
      name: 'On 9.9',
      closesAt: nextWeek(),
      releaseCandidate: '9.9',
    });
    expect(unknownRelease.status).toBe(422);
  });
});

describe('threads and comments', () => {
  let threadId: string;
  let commentId: string;

  it('a reviewer comments on a passage; agency, type, quote and numbers are recorded', async () => {
    const text = 'The practitioner shall listen calmly and without judgement.';
    const from = text.indexOf('listen calmly');
    const res = await w.api(
      'reviewer',
      'POST',
      '/threads',
      comment({
        passage: { from, to: from + 'listen calmly'.length, quote: 'listen calmly' },
      }),
    );
    expect(res.status).toBe(201);
    const t = thread(res.body);
    expect(t).toMatchObject({
      roundId,
      target: { kind: 'provision', id: 'p-listen' },
      clauseId: 'c-talk',
      clauseNumber: '4.2',
      provisionNumber: '4.2.1',
      passage: { quote: 'listen calmly', originalQuote: 'listen calmly', from, to: from + 13 },
      orphaned: false,
      status: 'open',
      type: 'technical',
      agency: { code: 'MOI' },
      author: { id: w.userIds.reviewer },
      disposition: null,
    });
    threadId = t.id as string;
    commentId = ((t.comments as Json[])[0] as Json).id as string;
  });

  it('a comment on a whole clause, and an editor replies', async () => {
    const res = await w.api('reviewer2', 'POST', '/threads', {
      targetId: 'c-signs',
      type: 'editorial',
      body: 'The title could be clearer.',
    });
    expect(res.status).toBe(201);
    expect(thread(res.body)).toMatchObject({
      clauseNumber: '4.1',
      provisionNumber: null,
      passage: null,
    });
    const reply = await w.api('editor', 'POST', `/threads/${threadId}/comments`, {
      body: 'Thank you; we will discuss it.',
    });
    expect(reply.status).toBe(201);
    expect((thread(reply.body).comments as Json[]).map((c) => c.body)).toEqual([
      comment().body,
      'Thank you; we will discuss it.',
    ]);
  });

  it('reviewers see their own agency while the round is open; editors and observers see all', async () => {
    const ids = async (who: 'reviewer' | 'reviewer2' | 'observer' | 'editor') =>
      ((await w.api(who, 'GET', '/threads')).body.threads as Json[]).length;
    expect(await ids('reviewer')).toBe(1);
    expect(await ids('reviewer2')).toBe(1);
    expect(await ids('observer')).toBe(2);
    expect(await ids('editor')).toBe(2);
    expect((await w.api('reviewer2', 'GET', `/threads/${threadId}`)).status).toBe(404);
  });

  it('filters and counts by round, type, agency, author and disposition', async () => {
    const list = async (query: string) => (await w.api('editor', 'GET', `/threads?${query}`)).body;
    expect(((await list('type=editorial')).threads as Json[]).length).toBe(1);
    expect(((await list('agency=moi')).threads as Json[]).length).toBe(1);
    expect(((await list(`author=${w.userIds.reviewer2}`)).threads as Json[]).length).toBe(1);
    expect(((await list('disposition=none')).threads as Json[]).length).toBe(2);
    expect(((await list('target=c-talk')).threads as Json[]).length).toBe(1);
    expect((await list(`round=${roundId}`)).counts).toMatchObject({
      total: 2,
      byAgency: { MOI: 1, MOH: 1 },
      byType: { technical: 1, editorial: 1 },
      byDisposition: { none: 2 },
      byStatus: { open: 2 },
    });
    expect((await w.api('editor', 'GET', '/threads?type=other')).status).toBe(400);
  });

  it('authors edit their own comment, keeping history; others cannot', async () => {
    const other = await w.api('editor', 'PATCH', `/threads/${threadId}/comments/${commentId}`, {
      body: 'Hijack',
    });
    expect(other.status).toBe(403);
    const edited = await w.api('reviewer', 'PATCH', `/threads/${threadId}/comments/${commentId}`, {
      body: 'Say what to do when the child stays silent.',
      type: 'general',
    });
    expect(edited.status).toBe(200);
    const first = (thread(edited.body).comments as Json[])[0] as Json;
    expect(first).toMatchObject({
      body: 'Say what to do when the child stays silent.',
      type: 'general',
    });
    expect(first.editedAt).not.toBeNull();
    const history = await w.api(
      'reviewer',
      'GET',
      `/threads/${threadId}/comments/${commentId}/history`,
    );
    expect(history.body.versions).toMatchObject([{ body: comment().body, type: 'technical' }]);
  });

  it('dispositions: editors only, observation required for rejected and accepted in part, history kept', async () => {
    const before = snapshot();
    const byReviewer = await w.api('reviewer', 'PUT', `/threads/${threadId}/disposition`, {
      value: 'accepted',
    });
    expect(byReviewer.status).toBe(403);
    expect(byReviewer.body).toMatchObject({
      title: 'Forbidden',
      detail: 'Only editors may dispose of comments.',
    });
    const noWhy = await w.api('editor', 'PUT', `/threads/${threadId}/disposition`, {
      value: 'rejected',
    });
    expect(noWhy.status).toBe(422);
    expect(noWhy.body).toMatchObject({ title: 'Observation Required' });
    expect(snapshot()).toEqual(before);

    const first = await w.api('editor', 'PUT', `/threads/${threadId}/disposition`, {
      value: 'accepted-in-part',
      observation: 'Added a note on silence; not the wording proposed.',
    });
    expect(first.status).toBe(200);
    const revised = await w.api('editor', 'PUT', `/threads/${threadId}/disposition`, {
      value: 'accepted',
    });
    const t = thread(revised.body);
    expect(t.disposition).toMatchObject({ value: 'accepted', decidedBy: { id: w.userIds.editor } });
    expect((t.dispositionHistory as Json[]).map((d) => d.value)).toEqual([
      'accepted-in-part',
      'accepted',
    ]);
    const resolved = await w.api('editor', 'PATCH', `/threads/${threadId}`, { status: 'resolved' });
    expect(thread(resolved.body)).toMatchObject({ status: 'resolved', statusBy: w.userIds.editor });
    expect(listAudit(w.server.db, { action: 'review.dispose', limit: 10 })).toHaveLength(2);
  });

  it('bad input is refused with a problem detail and changes nothing', async () => {
    const before = snapshot();
    const cases: [Json, number][] = [
      [comment({ body: '' }), 400],
      [comment({ body: '   ' }), 400],
      [comment({ body: 'x'.repeat(20_001) }), 400],
      [comment({ proposedChange: 'x'.repeat(20_001) }), 400],
      [comment({ type: 'urgent' }), 400],
      [comment({ targetId: 'not an id' }), 400],
      [comment({ targetId: 'p-nosuchthing' }), 422],
      [comment({ passage: { from: 0, to: 5, quote: 'words that are not there' } }), 409],
      // NUL and other control characters would reach the exported tables raw.
      [comment({ body: 'before\u0000after' }), 400],
      [comment({ proposedChange: 'bell\u0007' }), 400],
    ];
    for (const [input, status] of cases) {
      const res = await w.api('reviewer', 'POST', '/threads', input);
      expect(res.status, JSON.stringify(input).slice(0, 80)).toBe(status);
      expect(res.contentType).toContain('application/problem+json');
    }
    const long = 'я'.repeat(20_000);
    // Tabs and line breaks are ordinary text, not refused control characters.
    const lines = `${long.slice(0, 19_990)}\tline\r\nend`;
    const ok = await w.api(
      'reviewer',
      'POST',
      '/threads',
      comment({ body: long, proposedChange: lines }),
    );
    expect(ok.status).toBe(201);
    expect(snapshot()).toEqual({
      ...before,
      threads: before.threads + 1,
      comments: before.comments + 1,
    });
    const observer = await w.api('observer', 'POST', '/threads', comment());
    expect(observer.status).toBe(403);
  });

  it('admins delete comments, audited; a deleted opening comment removes its thread', async () => {
    const created = await w.api(
      'reviewer',
      'POST',
      '/threads',
      comment({ body: 'To be deleted.' }),
    );
    const t = thread(created.body);
    const cid = ((t.comments as Json[])[0] as Json).id as string;
    expect(
      (await w.api('editor', 'DELETE', `/threads/${t.id as string}/comments/${cid}`)).status,
    ).toBe(403);
    const deleted = await w.api('admin', 'DELETE', `/threads/${t.id as string}/comments/${cid}`);
    expect(deleted).toMatchObject({ status: 200, body: { threadDeleted: true } });
    expect((await w.api('editor', 'GET', `/threads/${t.id as string}`)).status).toBe(404);
    const stored = w.server.db
      .prepare('SELECT body FROM review_comments WHERE id = ?')
      .get(cid) as { body: string };
    expect(stored.body).toBe('');
    expect(listAudit(w.server.db, { action: 'review.comment-delete', limit: 10 })[0]).toMatchObject(
      {
        actorId: w.userIds.admin,
        detail: { threadId: t.id, commentId: cid, threadDeleted: true },
      },
    );
  });

  it("authors withdraw their own comments while the round is open, not others' words", async () => {
    const path = (t: Json, c: string) => `/threads/${t.id as string}/comments/${c}`;
    const opened = thread((await w.api('reviewer', 'POST', '/threads', comment())).body);
    const openingId = ((opened.comments as Json[])[0] as Json).id as string;
    const reply = await w.api('reviewer', 'POST', `/threads/${opened.id as string}/comments`, {
      body: 'On second thoughts, see the next clause.',
    });
    const replyId = ((thread(reply.body).comments as Json[]).find((c) => c.seq === 2) as Json)
      .id as string;
    // Someone else's comment: refused, nothing changes.
    const before = snapshot();
    expect((await w.api('editor', 'DELETE', path(opened, replyId))).status).toBe(403);
    expect((await w.api('editor', 'DELETE', path(opened, openingId))).status).toBe(403);
    // Another agency's reviewer does not even see the thread.
    expect((await w.api('reviewer2', 'DELETE', path(opened, replyId))).status).toBe(404);
    expect(snapshot()).toEqual(before);
    // A reply: withdrawn, marked as such, audited as a withdrawal.
    const withdrawn = await w.api('reviewer', 'DELETE', path(opened, replyId));
    expect(withdrawn).toMatchObject({ status: 200, body: { threadDeleted: false } });
    const after = await w.api('reviewer', 'GET', `/threads/${opened.id as string}`);
    expect((thread(after.body).comments as Json[])[1]).toMatchObject({
      deleted: true,
      withdrawn: true,
      body: '',
    });
    expect(
      listAudit(w.server.db, { action: 'review.comment-withdraw', limit: 10 })[0],
    ).toMatchObject({ actorId: w.userIds.reviewer, detail: { commentId: replyId } });
    // An opening comment someone else answered stays: withdrawing it would take their words.
    await w.api('editor', 'POST', `/threads/${opened.id as string}/comments`, {
      body: 'Noted; we will look at it.',
    });
    const answered = await w.api('reviewer', 'DELETE', path(opened, openingId));
    expect(answered).toMatchObject({ status: 409, body: { title: 'Comment Answered' } });
    expect((await w.api('editor', 'GET', `/threads/${opened.id as string}`)).status).toBe(200);
    // An administrator still may (moderation); this also keeps the later counts as they were.
    expect((await w.api('admin', 'DELETE', path(opened, openingId))).status).toBe(200);
    // An unanswered opening comment: the thread goes with it.
    const lone = thread((await w.api('reviewer', 'POST', '/threads', comment())).body);
    const loneId = ((lone.comments as Json[])[0] as Json).id as string;
    expect(await w.api('reviewer', 'DELETE', path(lone, loneId))).toMatchObject({
      status: 200,
      body: { threadDeleted: true },
    });
    expect((await w.api('editor', 'GET', `/threads/${lone.id as string}`)).status).toBe(404);
  });

  it('closing a round freezes its comments; dispositions go on', async () => {
    expect((await w.api('reviewer', 'POST', `/rounds/${roundId}/close`)).status).toBe(403);
    const closed = await w.api('editor', 'POST', `/rounds/${roundId}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.round).toMatchObject({ open: false, closedBy: w.userIds.editor });
    expect((await w.api('observer', 'GET', '')).body.status).toMatchObject({
      phase: 'drafting',
      round: null,
    });
    const before = snapshot();
    expect((await w.api('reviewer', 'POST', '/threads', comment({ roundId }))).status).toBe(409);
    expect((await w.api('reviewer', 'POST', '/threads', comment())).status).toBe(409);
    expect(
      (await w.api('editor', 'POST', `/threads/${threadId}/comments`, { body: 'Late' })).status,
    ).toBe(409);
    const edit = await w.api('reviewer', 'PATCH', `/threads/${threadId}/comments/${commentId}`, {
      body: 'Late edit',
    });
    expect(edit.status).toBe(409);
    expect(edit.body).toMatchObject({ title: 'Round Closed' });
    const withdraw = await w.api(
      'reviewer',
      'DELETE',
      `/threads/${threadId}/comments/${commentId}`,
    );
    expect(withdraw.body).toMatchObject({ status: 409, title: 'Round Closed' });
    expect(snapshot()).toEqual(before);
    const dispose = await w.api('editor', 'PUT', `/threads/${threadId}/disposition`, {
      value: 'noted',
    });
    expect(dispose.status).toBe(200);
    // Once closed, reviewers see every thread of the round with its disposition.
    expect(((await w.api('reviewer2', 'GET', '/threads')).body.threads as Json[]).length).toBe(3);
  });

  it('lists rounds with their counts', async () => {
    const rounds = (await w.api('observer', 'GET', '/rounds')).body.rounds as Json[];
    expect(rounds).toHaveLength(1);
    expect(rounds[0]).toMatchObject({
      id: roundId,
      open: false,
      counts: {
        total: 3,
        byDisposition: { noted: 1, none: 2 },
        byType: { general: 1, editorial: 1, technical: 1 },
      },
    });
  });
});

describe('access', () => {
  it('anonymous callers get 401; cookie writes from another origin get 403', async () => {
    const anonymous = await fetch(`${w.server.url}/api/standards/${w.standard.slug}/threads`);
    expect(anonymous.status).toBe(401);
    const cookie = await signIn(
      w.server.url,
      'reviewer@example.test',
      'correct horse battery staple',
    );
    const path = `/api/standards/${w.standard.slug}/threads`;
    const foreign = await call(w.server.url, path, {
      method: 'POST',
      cookie,
      origin: 'https://elsewhere.example',
      body: { targetId: 'p-listen', type: 'general', body: 'Forged.' },
    });
    expect(foreign.status).toBe(403);
    const own = await call(w.server.url, path, { cookie });
    expect(own.status).toBe(200);
  });
});

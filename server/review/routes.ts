/**
 * The review API, mounted at /api/standards/:slug: consultation rounds, threads, comments,
 * dispositions, and the comment table export and import. Contract in server/review/README.md.
 */
import { Hono, type Context } from 'hono';
import type { ApiEnv } from '../http/middleware/api-env.ts';
import { parseBody, parseInput } from '../http/middleware/validate.ts';
import type { ReviewDeps } from './deps.ts';
import {
  actorFor,
  MAX_IMPORT_BYTES,
  MAX_JSON_BYTES,
  refusal,
  reviewMiddleware,
} from './route-helpers.ts';
import {
  changeRound,
  closeRoundNow,
  getRoundView,
  listRoundViews,
  openRound,
} from './rounds-service.ts';
import {
  CommentParams,
  CreateThreadInput,
  DispositionInput,
  EditCommentInput,
  ExportQuery,
  ImportQuery,
  OpenRoundInput,
  ReplyInput,
  RoundParams,
  StatusInput,
  ThreadParams,
  ThreadQuery,
  UpdateRoundInput,
} from './schemas.ts';
import { exportRound, importIntoRound } from './table-service.ts';
import {
  createThread,
  deleteThreadComment,
  disposeThread,
  editThreadComment,
  getThreadView,
  historyOfComment,
  listThreadViews,
  replyToThread,
  setStatusOfThread,
  type Actor,
} from './threads-service.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Use in server/http/app.ts: `app.route('/api/standards/:slug', reviewRoutes(deps))`. */
export function reviewRoutes(deps: ReviewDeps): Hono<ApiEnv> {
  const r = new Hono<ApiEnv>();
  const json = reviewMiddleware(deps, MAX_JSON_BYTES);
  // Middleware on our own paths only: other routes under /api/standards/:slug are not ours.
  for (const path of [
    '/rounds',
    '/rounds/:roundId',
    '/rounds/:roundId/close',
    '/rounds/:roundId/export',
  ])
    r.use(path, ...json);
  for (const path of ['/threads', '/threads/*']) r.use(path, ...json);
  r.use('/rounds/:roundId/import', ...reviewMiddleware(deps, MAX_IMPORT_BYTES));

  /** The thread after a change, as the caller sees it now. */
  const threadAfter = (
    c: Context<ApiEnv>,
    actor: Actor,
    threadId: string,
    status: 200 | 201 = 200,
  ) => {
    const got = getThreadView(deps, actor, threadId);
    return got.ok ? c.json({ thread: got.thread }, status) : refusal(c, got);
  };

  r.get('/rounds', (c) => {
    const a = actorFor(c, deps);
    if (!a.ok) return a.response;
    return c.json({ rounds: listRoundViews(deps, a.actor) });
  });

  r.post('/rounds', async (c) => {
    const a = actorFor(c, deps);
    if (!a.ok) return a.response;
    const body = await parseBody(c, OpenRoundInput);
    if (!body.ok) return body.response;
    const done = openRound(deps, a.actor, body.data, c.get('ip'));
    return done.ok ? c.json({ round: done.round }, 201) : refusal(c, done);
  });

  r.get('/rounds/:roundId', (c) => {
    const p = parseInput(c, RoundParams, c.req.param());
    if (!p.ok) return p.response;
    const a = actorFor(c, deps);
    if (!a.ok) return a.response;
    const got = getRoundView(deps, a.actor, p.data.roundId);
    return got.ok ? c.json({ round: got.round }) : refusal(c, got);
  });

  r.patch('/rounds/:roundId', async (c) => {
    const p = parseInput(c, RoundParams, c.req.param());
    if (!p.ok) return p.response;
    const a = actorFor(c, deps);
    if (!a.ok) return a.response;
    const body = await parseBody(c, UpdateRoundInput);
    if (!body.ok) return body.response;
    const done = changeRound(deps, a.actor, p.data.roundId, body.data);
    if (!done.ok) return refusal(c, done);
    const got = getRoundView(deps, a.actor, p.data.roundId);
    return got.ok ? c.json({ round: got.round }) : refusal(c, got);
  });

  r.post('/rounds/:roundId/close', (c) => {
    const p = parseInput(c, RoundParams, c.req.param());
    if (!p.ok) return p.response;
    const a = actorFor(c, deps);
    if (!a.ok) return a.response;
    const done = closeRoundNow(deps, a.actor, p.data.roundId, c.get('ip'));
    if (!done.ok) return refusal(c, done);
    const got = getRoundView(deps, a.actor, p.data.roundId);
    return got.ok ? c.json({ round: got.round }) : refusal(c, got);
  });

  r.get('/rounds/:roundId/export', async (c) => {
    const p = parseInput(c, RoundParams, c.req.param());
    if (!p.ok) return p.response;
    const q = parseInput(c, ExportQuery, c.req.query());
    if (!q.ok) return q.response;
    const a = actorFor(c, deps);
    if (!a.ok) return a.response;
    const done = await exportRound(deps, a.actor, p.data.roundId, q.data.format);
    if (!done.ok) return refusal(c, done);
    return c.body(done.file.bytes.slice().buffer, 200, {
      'content-type': done.file.contentType,
      'content-disposition': `attachment; filename="${done.file.filename}"`,
      'cache-control': 'no-store',
    });
  });

  r.post('/rounds/:roundId/import', async (c) => {
    const p = parseInput(c, RoundParams, c.req.param());
    if (!p.ok) return p.response;
    const q = parseInput(c, ImportQuery, c.req.query());
    if (!q.ok) return q.response;
    const a = actorFor(c, deps);
    if (!a.ok) return a.response;
    const file = await uploadedFile(c, q.data.format);
    if (!file.ok) return file.response;
    const done = await importIntoRound(
      deps,
      a.actor,
      p.data.roundId,
      file,
      q.data.skipUnplaced ?? false,
      c.get('ip'),
    );
    if (!done.ok) return refusal(c, done, done.report ? { report: done.report } : {});
    return c.json({ report: done.report });
  });

  r.get('/threads', (c) => {
    const q = parseInput(c, ThreadQuery, c.req.query());
    if (!q.ok) return q.response;
    const a = actorFor(c, deps);
    if (!a.ok) return a.response;
    return c.json(listThreadViews(deps, a.actor, q.data));
  });

  r.post('/threads', async (c) => {
    const a = actorFor(c, deps);
    if (!a.ok) return a.response;
    const body = await parseBody(c, CreateThreadInput);
    if (!body.ok) return body.response;
    const done = createThread(deps, a.actor, body.data);
    return done.ok ? c.json({ thread: done.thread }, 201) : refusal(c, done);
  });

  r.get('/threads/:threadId', (c) => {
    const p = parseInput(c, ThreadParams, c.req.param());
    if (!p.ok) return p.response;
    const a = actorFor(c, deps);
    if (!a.ok) return a.response;
    return threadAfter(c, a.actor, p.data.threadId);
  });

  r.patch('/threads/:threadId', async (c) => {
    const p = parseInput(c, ThreadParams, c.req.param());
    if (!p.ok) return p.response;
    const a = actorFor(c, deps);
    if (!a.ok) return a.response;
    const body = await parseBody(c, StatusInput);
    if (!body.ok) return body.response;
    const done = setStatusOfThread(deps, a.actor, p.data.threadId, body.data.status);
    return done.ok ? threadAfter(c, a.actor, p.data.threadId) : refusal(c, done);
  });

  r.put('/threads/:threadId/disposition', async (c) => {
    const p = parseInput(c, ThreadParams, c.req.param());
    if (!p.ok) return p.response;
    const a = actorFor(c, deps);
    if (!a.ok) return a.response;
    const body = await parseBody(c, DispositionInput);
    if (!body.ok) return body.response;
    const done = disposeThread(
      deps,
      a.actor,
      p.data.threadId,
      body.data.value,
      body.data.observation,
      c.get('ip'),
    );
    return done.ok ? threadAfter(c, a.actor, p.data.threadId) : refusal(c, done);
  });

  r.post('/threads/:threadId/comments', async (c) => {
    const p = parseInput(c, ThreadParams, c.req.param());
    if (!p.ok) return p.response;
    const a = actorFor(c, deps);
    if (!a.ok) return a.response;
    const body = await parseBody(c, ReplyInput);
    if (!body.ok) return body.response;
    const done = replyToThread(deps, a.actor, p.data.threadId, body.data.body);
    return done.ok ? threadAfter(c, a.actor, p.data.threadId, 201) : refusal(c, done);
  });

  r.patch('/threads/:threadId/comments/:commentId', async (c) => {
    const p = parseInput(c, CommentParams, c.req.param());
    if (!p.ok) return p.response;
    const a = actorFor(c, deps);
    if (!a.ok) return a.response;
    const body = await parseBody(c, EditCommentInput);
    if (!body.ok) return body.response;
    const done = editThreadComment(deps, a.actor, p.data.threadId, p.data.commentId, body.data);
    return done.ok ? threadAfter(c, a.actor, p.data.threadId) : refusal(c, done);
  });

  r.get('/threads/:threadId/comments/:commentId/history', (c) => {
    const p = parseInput(c, CommentParams, c.req.param());
    if (!p.ok) return p.response;
    const a = actorFor(c, deps);
    if (!a.ok) return a.response;
    const got = historyOfComment(deps, a.actor, p.data.threadId, p.data.commentId);
    return got.ok ? c.json({ versions: got.versions }) : refusal(c, got);
  });

  r.delete('/threads/:threadId/comments/:commentId', (c) => {
    const p = parseInput(c, CommentParams, c.req.param());
    if (!p.ok) return p.response;
    const a = actorFor(c, deps);
    if (!a.ok) return a.response;
    const done = deleteThreadComment(deps, a.actor, p.data.threadId, p.data.commentId, c.get('ip'));
    return done.ok ? c.json({ threadDeleted: done.threadDeleted }) : refusal(c, done);
  });

  return r;
}

/** The uploaded table: a raw body (text/csv or XLSX) or a multipart form's `file` field. */
async function uploadedFile(
  c: Context<ApiEnv>,
  format: 'csv' | 'xlsx' | undefined,
): Promise<
  { ok: true; format: 'csv' | 'xlsx'; bytes: Uint8Array } | { ok: false; response: Response }
> {
  const type = c.req.header('content-type') ?? '';
  let bytes: Uint8Array;
  let name = '';
  if (type.startsWith('multipart/form-data')) {
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File))
      return {
        ok: false,
        response: refusal(c, {
          ok: false,
          status: 400,
          title: 'Bad Request',
          detail: 'Send the table as the form field "file".',
        }),
      };
    bytes = new Uint8Array(await file.arrayBuffer());
    name = file.name.toLowerCase();
  } else bytes = new Uint8Array(await c.req.arrayBuffer());
  const detected =
    format ??
    (type.includes(XLSX_TYPE) || name.endsWith('.xlsx')
      ? 'xlsx'
      : type.startsWith('text/csv') || name.endsWith('.csv')
        ? 'csv'
        : // XLSX files are ZIP archives: they start with "PK".
          bytes[0] === 0x50 && bytes[1] === 0x4b
          ? 'xlsx'
          : 'csv');
  if (bytes.length === 0)
    return {
      ok: false,
      response: refusal(c, {
        ok: false,
        status: 400,
        title: 'Bad Request',
        detail: 'The uploaded table is empty.',
      }),
    };
  return { ok: true, format: detected, bytes };
}

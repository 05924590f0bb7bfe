/**
 * The review API, mounted at /api/standards/:slug: consultation rounds, threads, comments,
 * dispositions, and the comment table export and import. Contract in server/review/README.md.
 */
import { Hono, type Context } from 'hono';
import type { ApiEnv } from '../http/middleware/api-env.ts';
import type { ReviewDeps } from './deps.ts';
import {
  MAX_IMPORT_BYTES,
  MAX_JSON_BYTES,
  refusal,
  reviewMiddleware,
  reviewRoute,
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
  /** The round after a change, as the caller sees it now. */
  const roundAfter = (c: Context<ApiEnv>, actor: Actor, roundId: string) => {
    const got = getRoundView(deps, actor, roundId);
    return got.ok ? c.json({ round: got.round }) : refusal(c, got);
  };

  r.get(
    '/rounds',
    reviewRoute(deps, {}, ({ c, actor }) => c.json({ rounds: listRoundViews(deps, actor) })),
  );

  r.post(
    '/rounds',
    reviewRoute(deps, { body: OpenRoundInput }, ({ c, actor, body }) => {
      const done = openRound(deps, actor, body, c.get('ip'));
      return done.ok ? c.json({ round: done.round }, 201) : refusal(c, done);
    }),
  );

  r.get(
    '/rounds/:roundId',
    reviewRoute(deps, { params: RoundParams }, ({ c, actor, params }) =>
      roundAfter(c, actor, params.roundId),
    ),
  );

  r.patch(
    '/rounds/:roundId',
    reviewRoute(
      deps,
      { params: RoundParams, body: UpdateRoundInput },
      ({ c, actor, params, body }) => {
        const done = changeRound(deps, actor, params.roundId, body);
        return done.ok ? roundAfter(c, actor, params.roundId) : refusal(c, done);
      },
    ),
  );

  r.post(
    '/rounds/:roundId/close',
    reviewRoute(deps, { params: RoundParams }, ({ c, actor, params }) => {
      const done = closeRoundNow(deps, actor, params.roundId, c.get('ip'));
      return done.ok ? roundAfter(c, actor, params.roundId) : refusal(c, done);
    }),
  );

  r.get(
    '/rounds/:roundId/export',
    reviewRoute(
      deps,
      { params: RoundParams, query: ExportQuery },
      async ({ c, actor, params, query }) => {
        const done = await exportRound(deps, actor, params.roundId, query.format);
        if (!done.ok) return refusal(c, done);
        return c.body(done.file.bytes.slice().buffer, 200, {
          'content-type': done.file.contentType,
          'content-disposition': `attachment; filename="${done.file.filename}"`,
          'cache-control': 'no-store',
        });
      },
    ),
  );

  r.post(
    '/rounds/:roundId/import',
    reviewRoute(
      deps,
      { params: RoundParams, query: ImportQuery },
      async ({ c, actor, params, query }) => {
        const file = await uploadedFile(c, query.format);
        if (!file.ok) return file.response;
        const skipUnplaced = query.skipUnplaced ?? false;
        const done = await importIntoRound(
          deps,
          actor,
          params.roundId,
          file,
          skipUnplaced,
          c.get('ip'),
        );
        if (!done.ok) return refusal(c, done, done.report ? { report: done.report } : {});
        return c.json({ report: done.report });
      },
    ),
  );

  r.get(
    '/threads',
    reviewRoute(deps, { query: ThreadQuery }, ({ c, actor, query }) =>
      c.json(listThreadViews(deps, actor, query)),
    ),
  );

  r.post(
    '/threads',
    reviewRoute(deps, { body: CreateThreadInput }, ({ c, actor, body }) => {
      const done = createThread(deps, actor, body);
      return done.ok ? c.json({ thread: done.thread }, 201) : refusal(c, done);
    }),
  );

  r.get(
    '/threads/:threadId',
    reviewRoute(deps, { params: ThreadParams }, ({ c, actor, params }) =>
      threadAfter(c, actor, params.threadId),
    ),
  );

  r.patch(
    '/threads/:threadId',
    reviewRoute(deps, { params: ThreadParams, body: StatusInput }, ({ c, actor, params, body }) => {
      const done = setStatusOfThread(deps, actor, params.threadId, body.status);
      return done.ok ? threadAfter(c, actor, params.threadId) : refusal(c, done);
    }),
  );

  r.put(
    '/threads/:threadId/disposition',
    reviewRoute(
      deps,
      { params: ThreadParams, body: DispositionInput },
      ({ c, actor, params, body }) => {
        const { value, observation } = body;
        const done = disposeThread(deps, actor, params.threadId, value, observation, c.get('ip'));
        return done.ok ? threadAfter(c, actor, params.threadId) : refusal(c, done);
      },
    ),
  );

  r.post(
    '/threads/:threadId/comments',
    reviewRoute(deps, { params: ThreadParams, body: ReplyInput }, ({ c, actor, params, body }) => {
      const done = replyToThread(deps, actor, params.threadId, body.body);
      return done.ok ? threadAfter(c, actor, params.threadId, 201) : refusal(c, done);
    }),
  );

  r.patch(
    '/threads/:threadId/comments/:commentId',
    reviewRoute(
      deps,
      { params: CommentParams, body: EditCommentInput },
      ({ c, actor, params, body }) => {
        const done = editThreadComment(deps, actor, params.threadId, params.commentId, body);
        return done.ok ? threadAfter(c, actor, params.threadId) : refusal(c, done);
      },
    ),
  );

  r.get(
    '/threads/:threadId/comments/:commentId/history',
    reviewRoute(deps, { params: CommentParams }, ({ c, actor, params }) => {
      const got = historyOfComment(deps, actor, params.threadId, params.commentId);
      return got.ok ? c.json({ versions: got.versions }) : refusal(c, got);
    }),
  );

  r.delete(
    '/threads/:threadId/comments/:commentId',
    reviewRoute(deps, { params: CommentParams }, ({ c, actor, params }) => {
      const { threadId, commentId } = params;
      const done = deleteThreadComment(deps, actor, threadId, commentId, c.get('ip'));
      return done.ok ? c.json({ threadDeleted: done.threadDeleted }) : refusal(c, done);
    }),
  );

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
  const badRequest = (detail: string) => ({
    ok: false as const,
    response: refusal(c, { ok: false, status: 400, title: 'Bad Request', detail }),
  });
  let bytes: Uint8Array;
  let name = '';
  if (type.startsWith('multipart/form-data')) {
    let form: Awaited<ReturnType<typeof c.req.parseBody>>;
    try {
      form = await c.req.parseBody();
    } catch {
      // A missing or wrong boundary, a body cut short: the client's fault, nothing changed.
      return badRequest(
        'The form upload could not be read (it is malformed or incomplete). Send the table again as the form field "file", or as the raw body.',
      );
    }
    const file = form.file;
    if (!(file instanceof File)) return badRequest('Send the table as the form field "file".');
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
  if (bytes.length === 0) return badRequest('The uploaded table is empty.');
  return { ok: true, format: detected, bytes };
}

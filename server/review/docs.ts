/**
 * The review routes in the OpenAPI document (/api/openapi.json): paths, parameters and
 * request bodies from the same zod schemas the routes validate with. Answers are described
 * in words; their shapes are those of `thread-view.ts` and `rounds-service.ts`.
 */
import type { z } from 'zod';
import type { RouteDoc } from '../http/routes/route-doc.ts';
import { authProblems, ProblemOut } from '../http/routes/schemas.ts';
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

const tag = 'review';
const base = '/api/standards/{slug}';
const notFound = {
  description: 'No such standard (or no role on it), round or thread',
  schema: ProblemOut,
};
const conflict = { description: 'Not allowed now (the round is closed, say)', schema: ProblemOut };

function route(
  method: RouteDoc['method'],
  path: string,
  summary: string,
  ok: { status: number; description: string },
  input: { params?: z.ZodObject; query?: z.ZodObject; body?: z.ZodType } = {},
): RouteDoc {
  return {
    method,
    path: `${base}${path}`,
    summary,
    tag,
    auth: 'user',
    ...input,
    responses: {
      [ok.status]: { description: ok.description },
      ...authProblems,
      404: notFound,
      409: conflict,
    },
  };
}

export const reviewDocs: RouteDoc[] = [
  route('get', '/rounds', 'Consultation rounds of a standard, oldest first (members)', {
    status: 200,
    description: '{ rounds: [...] } with each round’s name, dates and whether it is open',
  }),
  route(
    'post',
    '/rounds',
    'Open a consultation round; one at a time (editors)',
    { status: 201, description: '{ round }' },
    { body: OpenRoundInput },
  ),
  route(
    'get',
    '/rounds/{roundId}',
    'One round with its comment counts by agency, type and disposition (members)',
    { status: 200, description: '{ round }' },
    { params: RoundParams },
  ),
  route(
    'patch',
    '/rounds/{roundId}',
    'Rename a round or move its closing date (editors)',
    { status: 200, description: '{ round }' },
    { params: RoundParams, body: UpdateRoundInput },
  ),
  route(
    'post',
    '/rounds/{roundId}/close',
    'Close a round now: its comments are frozen (editors)',
    { status: 200, description: '{ round }' },
    { params: RoundParams },
  ),
  route(
    'get',
    '/rounds/{roundId}/export',
    'The comment table of a round as CSV or XLSX: ISO/IEC columns, then passage, who and when, discussion, disposition, reference (members; reviewers see their agency’s rows)',
    { status: 200, description: 'The file (attachment)' },
    { params: RoundParams, query: ExportQuery },
  ),
  route(
    'post',
    '/rounds/{roundId}/import',
    'Import an agency’s comment table (CSV or XLSX, raw body or multipart field "file"; at most 10 MB, else 413; at most 5,000 rows and 100 columns; a workbook may unpack to at most 64 MB, else 400); all or nothing unless skipUnplaced; rows already in the round are skipped (editors, open round)',
    {
      status: 200,
      description:
        '{ report: { imported, threadIds, unplaced: [{ row, reason }], duplicates: [row], dispositions: [row], dispositionProblems: [{ row, reason }], applied } }; an "Observations of the secretariat" cell starting Accepted / Accepted in part / Rejected / Noted records that disposition; 422 with the same report when rows cannot be placed',
    },
    { params: RoundParams, query: ImportQuery },
  ),
  route(
    'get',
    '/threads',
    'Comment threads, filtered; numbers as of the current draft (members; reviewers see their agency’s)',
    { status: 200, description: '{ threads: [...], counts }' },
    { query: ThreadQuery },
  ),
  route(
    'post',
    '/threads',
    'Comment on a clause or provision, optionally on a quoted passage (reviewers and editors, open round)',
    { status: 201, description: '{ thread }' },
    { body: CreateThreadInput },
  ),
  route(
    'get',
    '/threads/{threadId}',
    'One thread with its comments, disposition and history',
    { status: 200, description: '{ thread }' },
    { params: ThreadParams },
  ),
  route(
    'patch',
    '/threads/{threadId}',
    'Mark a thread open or resolved (editors)',
    { status: 200, description: '{ thread }' },
    { params: ThreadParams, body: StatusInput },
  ),
  route(
    'put',
    '/threads/{threadId}/disposition',
    'Record the disposition of a comment, with an observation (editors; a rejection needs one)',
    { status: 200, description: '{ thread }' },
    { params: ThreadParams, body: DispositionInput },
  ),
  route(
    'post',
    '/threads/{threadId}/comments',
    'Reply in a thread',
    { status: 201, description: '{ thread }' },
    { params: ThreadParams, body: ReplyInput },
  ),
  route(
    'patch',
    '/threads/{threadId}/comments/{commentId}',
    'Edit one’s own comment while the round is open (earlier wording is kept)',
    { status: 200, description: '{ thread }' },
    { params: CommentParams, body: EditCommentInput },
  ),
  route(
    'get',
    '/threads/{threadId}/comments/{commentId}/history',
    'Every earlier wording of a comment',
    { status: 200, description: '{ versions: [...] }, oldest first' },
    { params: CommentParams },
  ),
  route(
    'delete',
    '/threads/{threadId}/comments/{commentId}',
    'Delete a comment: administrators any; its author withdraws it while the round is open (not an opening comment with replies or a disposition); kept in the audit trail',
    { status: 200, description: '{ threadDeleted }: true when it was the thread’s only comment' },
    { params: CommentParams },
  ),
];

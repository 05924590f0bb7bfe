// The review API as the comments panel calls it (server/review/routes.ts is the source).
import { z } from 'zod/mini';
import { api, type ApiResult } from '../api/http.ts';

export const COMMENT_TYPES = ['general', 'technical', 'editorial'] as const;
export type CommentType = (typeof COMMENT_TYPES)[number];
export const DISPOSITIONS = ['accepted', 'accepted-in-part', 'rejected', 'noted'] as const;
export type DispositionValue = (typeof DISPOSITIONS)[number];

const Person = z.object({ id: z.string(), name: z.string() });
const Agency = z.object({
  id: z.nullable(z.string()),
  code: z.nullable(z.string()),
  name: z.nullable(z.string()),
});

const Comment = z.object({
  id: z.string(),
  seq: z.number(),
  author: Person,
  agency: z.nullable(Agency),
  type: z.nullable(z.enum(COMMENT_TYPES)),
  body: z.string(),
  proposedChange: z.nullable(z.string()),
  source: z.enum(['web', 'import']),
  createdAt: z.string(),
  editedAt: z.nullable(z.string()),
  deleted: z.boolean(),
  withdrawn: z.boolean(),
});
export type Comment = z.infer<typeof Comment>;

const Disposition = z.object({
  value: z.enum(DISPOSITIONS),
  observation: z.nullable(z.string()),
  decidedBy: Person,
  decidedAt: z.string(),
});
export type Disposition = z.infer<typeof Disposition>;

export const Thread = z.object({
  id: z.string(),
  roundId: z.string(),
  target: z.object({ kind: z.enum(['clause', 'provision']), id: z.string() }),
  clauseId: z.nullable(z.string()),
  clauseNumber: z.nullable(z.string()),
  provisionNumber: z.nullable(z.string()),
  paragraph: z.nullable(z.string()),
  passage: z.nullable(
    z.object({
      quote: z.string(),
      originalQuote: z.string(),
      from: z.nullable(z.number()),
      to: z.nullable(z.number()),
    }),
  ),
  orphaned: z.boolean(),
  status: z.enum(['open', 'resolved']),
  type: z.nullable(z.enum(COMMENT_TYPES)),
  agency: z.nullable(Agency),
  author: Person,
  createdAt: z.string(),
  comments: z.array(Comment),
  disposition: z.nullable(Disposition),
  dispositionHistory: z.array(Disposition),
});
export type Thread = z.infer<typeof Thread>;

const Counts = z.object({
  total: z.number(),
  orphaned: z.number(),
  byStatus: z.record(z.string(), z.number()),
});

const ThreadList = z.object({ threads: z.array(Thread), counts: Counts });
const OneThread = z.object({ thread: Thread });

const RoundCounts = z.object({
  total: z.number(),
  byAgency: z.record(z.string(), z.number()),
  byType: z.record(z.string(), z.number()),
  byDisposition: z.record(z.string(), z.number()),
});
export type RoundCounts = z.infer<typeof RoundCounts>;

export const Round = z.object({
  id: z.string(),
  name: z.string(),
  closesAt: z.string(),
  releaseCandidate: z.nullable(z.string()),
  closedAt: z.nullable(z.string()),
  open: z.boolean(),
  counts: z.optional(RoundCounts),
});
export type Round = z.infer<typeof Round>;
const RoundList = z.object({ rounds: z.array(Round) });
const OneRound = z.object({ round: Round });

const base = (slug: string) => `/standards/${encodeURIComponent(slug)}`;

/** Use to load every thread the caller can see on a standard. */
export function fetchThreads(slug: string) {
  return api('GET', `${base(slug)}/threads`, ThreadList);
}

/** Use to load the rounds of a standard. */
export function fetchRounds(slug: string) {
  return api('GET', `${base(slug)}/rounds`, RoundList);
}

/** Where a new thread goes: a clause or provision id, and optionally a passage inside it. */
export interface NewThread {
  targetId: string;
  passage?: { from: number; to: number; quote: string };
  type: CommentType;
  body: string;
  proposedChange: string | null;
}

/** Use to start a thread. */
export function postThread(slug: string, input: NewThread) {
  return api('POST', `${base(slug)}/threads`, OneThread, input);
}

/** Use to reply to a thread. */
export function postReply(slug: string, threadId: string, body: string) {
  return api('POST', `${base(slug)}/threads/${threadId}/comments`, OneThread, { body });
}

/** Use to change one's own comment. */
export function patchComment(
  slug: string,
  threadId: string,
  commentId: string,
  change: { body?: string; proposedChange?: string | null; type?: CommentType },
) {
  return api('PATCH', `${base(slug)}/threads/${threadId}/comments/${commentId}`, OneThread, change);
}

/** Use to delete a comment (admins) or withdraw one of your own. */
export function deleteComment(slug: string, threadId: string, commentId: string) {
  return api('DELETE', `${base(slug)}/threads/${threadId}/comments/${commentId}`, null);
}

/** Use (editors) to dispose of a thread. */
export function putDisposition(
  slug: string,
  threadId: string,
  value: DispositionValue,
  observation: string | null,
) {
  return api('PUT', `${base(slug)}/threads/${threadId}/disposition`, OneThread, {
    value,
    observation,
  });
}

/** Use (editors) to mark a thread open or resolved. */
export function patchStatus(slug: string, threadId: string, status: 'open' | 'resolved') {
  return api('PATCH', `${base(slug)}/threads/${threadId}`, OneThread, { status });
}

/** Use (editors) to open a round. */
export function postRound(
  slug: string,
  input: { name: string; closesAt: string; releaseCandidate: string | null },
) {
  return api('POST', `${base(slug)}/rounds`, OneRound, input);
}

/** Use (editors) to close a round. */
export function closeRound(slug: string, roundId: string) {
  return api('POST', `${base(slug)}/rounds/${roundId}/close`, OneRound, {});
}

/** The export address of a round's comment table (a plain link downloads it). */
export function exportUrl(slug: string, roundId: string, format: 'csv' | 'xlsx'): string {
  return `/api${base(slug)}/rounds/${roundId}/export?format=${format}`;
}

/** The answer of an import: how many went in, and every row that could not be placed. */
export interface ImportReport {
  imported: number;
  unplaced: { row: number; reason: string }[];
  /** Rows whose comment was already in the round (or earlier in the file): skipped. */
  duplicates?: number[];
  /** Rows whose "Observations of the secretariat" were recorded as dispositions. */
  dispositions?: number[];
  dispositionProblems?: { row: number; reason: string }[];
}

/** Use (editors) to upload a comment table; a refusal still carries the report of unplaced rows. */
export async function importTable(
  slug: string,
  roundId: string,
  file: File,
  skipUnplaced: boolean,
): Promise<ApiResult<ImportReport> & { report?: ImportReport }> {
  const form = new FormData();
  form.set('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(
      `/api${base(slug)}/rounds/${roundId}/import${skipUnplaced ? '?skipUnplaced=1' : ''}`,
      { method: 'POST', credentials: 'same-origin', body: form },
    );
  } catch {
    return { ok: false, status: 0, title: 'offline', detail: '', errors: [] };
  }
  const json = (await response.json().catch(() => ({}))) as {
    report?: ImportReport;
    title?: string;
    detail?: string;
  };
  if (response.ok && json.report) return { ok: true, data: json.report };
  return {
    ok: false,
    status: response.status,
    title: json.title ?? `HTTP ${response.status}`,
    detail: json.detail ?? '',
    errors: [],
    ...(json.report ? { report: json.report } : {}),
  };
}

// Typed calls to the release API (server/releases/routes.ts) and the shapes it answers with.
import { z } from 'zod/mini';
import { api } from '../api/http.ts';

export const RELEASE_STATUSES = [
  'candidate',
  'approved',
  'published',
  'superseded',
  'withdrawn',
] as const;

export const Release = z.object({
  id: z.string(),
  version: z.string(),
  status: z.enum(RELEASE_STATUSES),
  title: z.string(),
  summary: z.string(),
  changeNote: z.string(),
  effectiveDate: z.string(),
  contentHash: z.string(),
  createdAt: z.string(),
  approvedAt: z.nullable(z.string()),
  approvedBy: z.array(z.object({ name: z.string(), agency: z.string() })),
  publishedAt: z.nullable(z.string()),
  previousVersion: z.nullable(z.string()),
  supersededBy: z.nullable(z.string()),
  supersededAt: z.nullable(z.string()),
  withdrawnAt: z.nullable(z.string()),
  withdrawnReason: z.nullable(z.string()),
});
export type Release = z.infer<typeof Release>;

const ReleaseList = z.object({ releases: z.array(Release) });

const WordChange = z.object({
  value: z.string(),
  added: z.optional(z.boolean()),
  removed: z.optional(z.boolean()),
});

export const NodeChange = z.object({
  id: z.string(),
  nodeType: z.string(),
  status: z.enum(['added', 'removed', 'kept']),
  moved: z.boolean(),
  renumbered: z.boolean(),
  changed: z.boolean(),
  changedAttrs: z.array(z.string()),
  oldNumber: z.nullable(z.string()),
  newNumber: z.nullable(z.string()),
  oldClauseId: z.nullable(z.string()),
  newClauseId: z.nullable(z.string()),
  oldText: z.nullable(z.string()),
  newText: z.nullable(z.string()),
  words: z.nullable(z.array(WordChange)),
});
export type NodeChange = z.infer<typeof NodeChange>;

const Side = z.object({
  version: z.string(),
  status: z.nullable(z.string()),
  contentHash: z.nullable(z.string()),
});

export const DiffAnswer = z.object({
  from: Side,
  to: Side,
  diff: z.object({ changes: z.array(NodeChange) }),
});
export type DiffAnswer = z.infer<typeof DiffAnswer>;

const DraftStarted = z.object({ version: z.string(), contentHash: z.string(), seq: z.number() });

export interface NewCandidate {
  version: string;
  changeNote: string;
  effectiveDate: string;
  title?: string;
  summary?: string;
}

export const Finding = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  nodeId: z.nullable(z.string()),
  where: z.nullable(z.string()),
  message: z.string(),
});
export type Finding = z.infer<typeof Finding>;
const FindingList = z.object({ findings: z.array(Finding) });

const base = (slug: string) => `/standards/${encodeURIComponent(slug)}`;

/** Use before freezing: what the checks find in the draft now (errors first). */
export const draftFindings = (slug: string) =>
  api('GET', `${base(slug)}/draft/findings`, FindingList);

/** Use before approving or publishing: what the checks find in a frozen release. */
export const releaseFindings = (slug: string, version: string) =>
  api('GET', `${base(slug)}/releases/${encodeURIComponent(version)}/findings`, FindingList);

/** Use on the Releases page: every release of the standard, oldest first. */
export const listReleases = (slug: string) => api('GET', `${base(slug)}/releases`, ReleaseList);

/** Use for "Create release candidate" (editors and admins): freezes the draft. */
export const createCandidate = (slug: string, input: NewCandidate) =>
  api('POST', `${base(slug)}/releases`, Release, input);

/** Use for the admin transitions approve and publish. */
export const transition = (slug: string, version: string, action: 'approve' | 'publish') =>
  api('POST', `${base(slug)}/releases/${encodeURIComponent(version)}/${action}`, Release);

/** Use for "Withdraw" (admins), with the reason shown to readers. */
export const withdraw = (slug: string, version: string, reason: string) =>
  api('POST', `${base(slug)}/releases/${encodeURIComponent(version)}/withdraw`, Release, {
    reason,
  });

/** Use for "Start new draft from this release": the draft becomes that text. */
export const startDraftFrom = (slug: string, version: string) =>
  api('POST', `${base(slug)}/releases/${encodeURIComponent(version)}/draft`, DraftStarted);

/** Use for the compare view: `from`/`to` are version labels or 'draft'. */
export const getDiff = (slug: string, from: string, to: string) =>
  api('GET', `${base(slug)}/diff?${new URLSearchParams({ from, to }).toString()}`, DiffAnswer);

/** Wire schemas of the release API, shared by the routes and the OpenAPI document. */
import { z } from 'zod';
import { standardSlug } from '../accounts/standards.ts';
import { lineText, multiLineText } from '../plain-text.ts';
import { isIsoDate, parseVersion, RELEASE_STATUSES } from './lifecycle.ts';
import type { ReleaseRecord } from './release-rows.ts';
import type { StandingToday } from './standing-today.ts';

export const VersionLabel = z
  .string()
  .refine((v) => parseVersion(v) !== null, 'a version label major.minor, such as 1.0 or 2.1');

export const IsoDate = z.string().refine(isIsoDate, 'a calendar date written YYYY-MM-DD');

export const ReleaseParams = z.object({ slug: standardSlug, version: VersionLabel });

export const NewCandidate = z.strictObject({
  version: VersionLabel,
  // Frozen and published for good: nothing that hides or reverses text gets in.
  title: lineText(200).min(1).optional(),
  summary: multiLineText(1000).min(1).optional(),
  changeNote: multiLineText(4000).min(1, 'a change note is required'),
  effectiveDate: IsoDate,
});

export const Withdrawal = z.strictObject({
  reason: multiLineText(2000).min(1, 'a reason is required'),
});

/** `from` and `to` are version labels or `draft`; `from` defaults to the latest published version. */
export const DiffQuery = z.strictObject({
  from: z.union([VersionLabel, z.literal('draft')]).optional(),
  to: z.union([VersionLabel, z.literal('draft')]).default('draft'),
});

export const ReleaseOut = z.object({
  id: z.string(),
  version: z.string(),
  status: z.enum(RELEASE_STATUSES),
  title: z.string(),
  language: z.string(),
  summary: z.string(),
  changeNote: z.string(),
  effectiveDate: z.string(),
  agencies: z.array(z.object({ code: z.string(), name: z.string(), kind: z.string() })),
  contentHash: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvedBy: z.array(z.object({ name: z.string(), agency: z.string() })),
  publishedAt: z.string().nullable(),
  previousVersion: z.string().nullable(),
  supersededBy: z.string().nullable(),
  supersededAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
  standing: z
    .object({
      on: z.string().describe('The day (YYYY-MM-DD, server time) this standing holds for'),
      standing: z.enum(['in-force', 'upcoming', 'superseded', 'withdrawn', 'unpublished']),
      supersededBy: z.string().nullable(),
      supersededOn: z.string().nullable(),
    })
    .describe(
      'What readers are told about this version today. `status` and `supersededBy` above are the lifecycle record: they keep "superseded by 1.2" even after 1.2 is withdrawn, when this version is in force again.',
    ),
});
export type ReleaseView = z.infer<typeof ReleaseOut>;

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** A release as the API shows it, with its standing today (server/releases/standing-today.ts). */
export function releaseView(r: ReleaseRecord, standing: StandingToday): ReleaseView {
  return {
    id: r.id,
    version: r.version,
    status: r.status,
    title: r.title,
    language: r.language,
    summary: r.summary,
    changeNote: r.changeNote,
    effectiveDate: r.effectiveDate,
    agencies: r.agencies,
    contentHash: r.contentHash,
    createdAt: new Date(r.createdAt).toISOString(),
    createdBy: r.createdBy,
    approvedAt: iso(r.approvedAt),
    approvedBy: r.approvers,
    publishedAt: iso(r.publishedAt),
    previousVersion: r.previousVersion,
    supersededBy: r.supersededBy,
    supersededAt: iso(r.supersededAt),
    withdrawnAt: iso(r.withdrawnAt),
    withdrawnReason: r.withdrawnReason,
    standing,
  };
}

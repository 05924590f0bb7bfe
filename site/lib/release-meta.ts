import { z } from 'zod';

/** The status a published release can have; only the status fields change after publication. */
export const releaseStatus = z.enum(['published', 'superseded', 'withdrawn']);
export type ReleaseStatus = z.infer<typeof releaseStatus>;

const version = z.string().regex(/^\d+\.\d+$/, 'version must be major.minor');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date');
const isoTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO time');

/** `release.json` as written by the release pipeline (notes/release-files.md). */
export const releaseMetaSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be kebab-case'),
  /** The standard's name, the same for every version. */
  title: z.string().min(1),
  /** A version's own title, shown as a subtitle of that version only. */
  versionTitle: z.string().min(1).optional(),
  version,
  language: z.string().min(2),
  status: releaseStatus,
  summary: z.string(),
  changeNote: z.string(),
  effectiveDate: isoDate,
  approvedAt: isoTime,
  approvedBy: z.array(z.object({ name: z.string(), agency: z.string() })),
  publishedAt: isoTime,
  agencies: z.array(z.object({ code: z.string(), name: z.string(), kind: z.string() })),
  previousVersion: version.nullable(),
  supersededBy: version.nullable(),
  supersededAt: isoTime.nullable(),
  withdrawnAt: isoTime.nullable(),
  withdrawnReason: z.string().nullable(),
  contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
});
export type ReleaseMeta = z.infer<typeof releaseMetaSchema>;

/** The YAML frontmatter of `standard.md`: these keys only, in this order. */
export const frontmatterSchema = z.strictObject({
  slug: z.string(),
  title: z.string(),
  version,
  language: z.string(),
});
export type Frontmatter = z.infer<typeof frontmatterSchema>;

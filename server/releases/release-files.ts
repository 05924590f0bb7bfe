/**
 * The published form of a release (notes/release-files.md): `standard.md` with its
 * frontmatter and `release.json`. Pure and deterministic: the same release gives the same
 * bytes, whatever the machine, the clock or the order rows were read in.
 */
import type { ReleaseRecord } from './release-rows.ts';

/** The statuses a release folder can show; only public releases have files. */
export type PublicStatus = 'published' | 'superseded' | 'withdrawn';

/** `release.json`, keys in the documented order. */
export interface ReleaseJson {
  slug: string;
  /** The standard's public name (the same for every version). */
  title: string;
  /** A version's own title, shown as its subtitle; present only when the release has one. */
  versionTitle?: string;
  version: string;
  language: string;
  status: PublicStatus;
  summary: string;
  changeNote: string;
  effectiveDate: string;
  approvedAt: string;
  approvedBy: { name: string; agency: string }[];
  publishedAt: string;
  agencies: { code: string; name: string; kind: string }[];
  previousVersion: string | null;
  supersededBy: string | null;
  supersededAt: string | null;
  withdrawnAt: string | null;
  withdrawnReason: string | null;
  contentHash: string;
}

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** True when a release has (or had) files in the standards folder: it was published once. */
export function hasFiles(release: ReleaseRecord): boolean {
  return release.publishedAt !== null && release.approvedAt !== null;
}

/**
 * Releases store one title: the standard's, unless the candidate gave its own. The site
 * names the standard by `standardTitle`, so a release's own title becomes its subtitle.
 */
function versionTitleOf(release: ReleaseRecord, standardTitle: string): string | null {
  const own = release.title.trim();
  return own !== '' && own !== standardTitle.trim() ? own : null;
}

/**
 * The metadata object of a published release; throws for one never published.
 * `standardTitle` is the standard's name (default: the release's stored title).
 */
export function releaseJson(release: ReleaseRecord, standardTitle = release.title): ReleaseJson {
  if (release.publishedAt === null || release.approvedAt === null) {
    throw new Error(`release ${release.id} was never published`);
  }
  const status: PublicStatus =
    release.status === 'superseded' || release.status === 'withdrawn'
      ? release.status
      : 'published';
  const versionTitle = versionTitleOf(release, standardTitle);
  // Built key by key so the order is the documented one, not the record's.
  return {
    slug: release.slug,
    title: standardTitle,
    ...(versionTitle === null ? {} : { versionTitle }),
    version: release.version,
    language: release.language,
    status,
    summary: release.summary,
    changeNote: release.changeNote,
    effectiveDate: release.effectiveDate,
    approvedAt: new Date(release.approvedAt).toISOString(),
    approvedBy: release.approvers.map((a) => ({ name: a.name, agency: a.agency })),
    publishedAt: new Date(release.publishedAt).toISOString(),
    agencies: release.agencies.map((a) => ({ code: a.code, name: a.name, kind: a.kind })),
    previousVersion: release.previousVersion,
    supersededBy: release.supersededBy,
    supersededAt: iso(release.supersededAt),
    withdrawnAt: iso(release.withdrawnAt),
    withdrawnReason: release.withdrawnReason,
    contentHash: release.contentHash,
  };
}

/** The text of `release.json`: two-space JSON with a trailing newline. */
export function renderReleaseJson(release: ReleaseRecord, standardTitle = release.title): string {
  return `${JSON.stringify(releaseJson(release, standardTitle), null, 2)}\n`;
}

// YAML reads these plain scalars as something other than a string.
const YAML_SPECIAL = /^(?:true|false|yes|no|on|off|null|~|[-+]?[\d.]+(?:e[-+]?\d+)?)$/i;

/** A YAML scalar for the frontmatter: plain when unambiguous, else double-quoted (JSON syntax). */
export function yamlScalar(value: string): string {
  const plain =
    /^[\p{L}\p{N}(][^:#"'\n\r\t\\]*$/u.test(value) &&
    !/\s$/.test(value) &&
    !YAML_SPECIAL.test(value);
  return plain ? value : JSON.stringify(value);
}

/**
 * The text of `standard.md`: frontmatter (slug, title, version, language) then the Markdown
 * body; `title` is the standard's name, as in release.json.
 */
export function renderStandardMarkdown(
  release: ReleaseRecord,
  markdownBody: string,
  standardTitle = release.title,
): string {
  const body = markdownBody.endsWith('\n') ? markdownBody : `${markdownBody}\n`;
  return [
    '---',
    `slug: ${yamlScalar(release.slug)}`,
    `title: ${yamlScalar(standardTitle)}`,
    // Always quoted: YAML would read 1.10 as the number 1.1.
    `version: ${JSON.stringify(release.version)}`,
    `language: ${yamlScalar(release.language)}`,
    '---',
    '',
    body,
  ].join('\n');
}

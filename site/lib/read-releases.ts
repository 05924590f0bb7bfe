import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from './frontmatter.ts';
import { releaseMetaSchema, type ReleaseMeta } from './release-meta.ts';
import { compareVersions } from './version-order.ts';

/** One release folder: its metadata and the Markdown body of its text. */
export interface ReleaseFiles {
  meta: ReleaseMeta;
  language: string;
  markdown: string;
}

/** Every release of one standard, oldest first. */
export interface StandardReleases {
  slug: string;
  versions: ReleaseFiles[];
}

/**
 * Read every release under a standards folder (`<dir>/<slug>/<version>/`). Throws with the
 * folder named when a release is malformed: publishing must never silently drop a standard.
 */
export function readReleases(standardsDir: string): StandardReleases[] {
  if (!existsSync(standardsDir)) return [];
  const standards: StandardReleases[] = [];
  for (const slug of subfolders(standardsDir)) {
    const versions = subfolders(join(standardsDir, slug))
      .map((version) => readRelease(join(standardsDir, slug, version), slug, version))
      .sort((a, b) => compareVersions(a.meta.version, b.meta.version));
    if (versions.length > 0) standards.push({ slug, versions });
  }
  return standards.sort((a, b) => a.slug.localeCompare(b.slug));
}

function readRelease(dir: string, slug: string, version: string): ReleaseFiles {
  const fail = (message: string): never => {
    throw new Error(`Release ${slug}/${version}: ${message}`);
  };
  const metaPath = join(dir, 'release.json');
  const textPath = join(dir, 'standard.md');
  if (!existsSync(metaPath) || !existsSync(textPath)) fail('needs release.json and standard.md');
  const parsed = releaseMetaSchema.safeParse(JSON.parse(readFileSync(metaPath, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(`release.json ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const meta = parsed.data;
  if (meta.slug !== slug || meta.version !== version) fail('folder name and release.json disagree');
  const text = splitFrontmatter(readFileSync(textPath, 'utf8'));
  if (!text.ok) return fail(text.message);
  const front = text.frontmatter;
  if (front.slug !== slug || front.version !== version || front.language !== meta.language)
    fail('standard.md frontmatter and release.json disagree');
  return { meta, language: meta.language, markdown: text.body };
}

function subfolders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name);
}

/**
 * Keeping the standards folder in step with the database: every release that was ever
 * published has its folder, and its release.json shows its current status. Idempotent and
 * deterministic, so it is safe to run after every change and repairs a failed earlier write.
 */
import { modelToMarkdown, type ModelDoc } from '../../model/index.ts';
import { getStandard } from '../accounts/standards.ts';
import type { Db } from '../db/open.ts';
import type { Logger } from '../logger.ts';
import { hasFiles, renderReleaseJson, renderStandardMarkdown } from './release-files.ts';
import { listReleaseRows, readReleaseContent, type ReleaseRecord } from './release-rows.ts';
import { releaseDir, writeReleaseFolder } from './write-files.ts';

/** The two files of a release folder, as text; `standardTitle` names the standard in both. */
export function renderReleaseFolder(
  release: ReleaseRecord,
  model: ModelDoc,
  standardTitle = release.title,
): Record<'standard.md' | 'release.json', string> {
  return {
    'standard.md': renderStandardMarkdown(
      release,
      modelToMarkdown(model, { lang: release.language }),
      standardTitle,
    ),
    'release.json': renderReleaseJson(release, standardTitle),
  };
}

/** Write the folders of a standard's published releases; returns the versions whose files changed. */
export function syncReleaseFiles(db: Db, standardsDir: string, standardId: string): string[] {
  const changed: string[] = [];
  // Every version is published under the standard's name; a release's own title is a subtitle.
  const standardTitle = getStandard(db, standardId)?.title;
  for (const release of listReleaseRows(db, standardId).filter(hasFiles)) {
    const content = readReleaseContent(db, release.id);
    if (!content) continue;
    const model = JSON.parse(content.modelJson) as ModelDoc;
    const files = renderReleaseFolder(release, model, standardTitle ?? release.title);
    const dir = releaseDir(standardsDir, release.slug, release.version);
    if (writeReleaseFolder(dir, files).length > 0) changed.push(release.version);
  }
  return changed;
}

/** Standards that have at least one published release. */
function standardsWithFiles(db: Db): string[] {
  const rows = db
    .prepare(
      'SELECT DISTINCT standard_id FROM releases WHERE published_at IS NOT NULL ORDER BY standard_id',
    )
    .all() as { standard_id: string }[];
  return rows.map((r) => r.standard_id);
}

/**
 * Bring every standard's release folders in line with the database; use at start-up, so a
 * crash between a publication's commit and its files (or a failed write) is repaired.
 * Returns the slugs whose files changed; failures are logged, never thrown.
 */
export function repairReleaseFiles(deps: {
  db: Db;
  standardsDir: string;
  logger: Logger;
  onFilesChanged?: ((slug: string) => void) | undefined;
}): string[] {
  const repaired: string[] = [];
  for (const standardId of standardsWithFiles(deps.db)) {
    try {
      const changed = syncReleaseFiles(deps.db, deps.standardsDir, standardId);
      if (changed.length === 0) continue;
      const slug = listReleaseRows(deps.db, standardId)[0]?.slug ?? standardId;
      deps.logger.warn({ standardId, versions: changed }, 'release files repaired');
      repaired.push(slug);
      deps.onFilesChanged?.(slug);
    } catch (err) {
      deps.logger.error({ err, standardId }, 'repairing release files failed');
    }
  }
  return repaired;
}

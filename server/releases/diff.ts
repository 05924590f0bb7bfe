/**
 * Diffs for the API: resolve the two sides (a release version or the live draft) and run
 * the model's release diff and change marks on their model JSON. No diffing logic here.
 */
import {
  releaseDiff,
  releaseMarks,
  type ChangeMark,
  type ModelDoc,
  type ReleaseDiff,
} from '../../model/index.ts';
import type { Standard } from '../accounts/standards.ts';
import { fail, type ReleaseDeps, type ReleaseFailure } from './deps.ts';
import { draftModel } from './freeze.ts';
import type { ReleaseStatus } from './lifecycle.ts';
import { findReleaseRow, listReleaseRows, readReleaseContent } from './release-rows.ts';

/** One side of a diff, as the API describes it. */
export interface DiffSide {
  /** A version label, or "draft" for the live draft. */
  version: string;
  /** The release's status; null for the draft. */
  status: ReleaseStatus | null;
  contentHash: string | null;
}

/** The JSON of GET /api/standards/{slug}/diff. */
export interface DiffResponse {
  from: DiffSide;
  to: DiffSide;
  /** The model's release diff (model/release-diff.ts), unchanged. */
  diff: ReleaseDiff;
  /** Per node id: "new" or "amended" in `to.version` (moves and renumbering alone are not marked). */
  marks: Record<string, ChangeMark>;
}

type Side = { ok: true; side: DiffSide; model: ModelDoc } | ReleaseFailure;

function resolve(deps: ReleaseDeps, standard: Standard, version: string): Side {
  if (version === 'draft') {
    const model = draftModel(deps.store, standard.document) ?? { type: 'doc', content: [] };
    return { ok: true, side: { version, status: null, contentHash: null }, model };
  }
  const release = findReleaseRow(deps.db, standard.id, version);
  const content = release ? readReleaseContent(deps.db, release.id) : null;
  if (!release || !content) return fail(404, `No release ${version} of this standard.`);
  return {
    ok: true,
    side: { version, status: release.status, contentHash: release.contentHash },
    model: JSON.parse(content.modelJson) as ModelDoc,
  };
}

/** The default `from`: the version in force (published), else the newest release. */
function defaultFrom(deps: ReleaseDeps, standard: Standard): string | null {
  const releases = listReleaseRows(deps.db, standard.id);
  const current = releases.filter((r) => r.status === 'published').at(-1);
  return (current ?? releases.at(-1))?.version ?? null;
}

/** The diff between two versions (or a version and the draft) of a standard. */
export function diffBetween(
  deps: ReleaseDeps,
  standard: Standard,
  query: { from?: string | undefined; to: string },
): { ok: true; diff: DiffResponse } | ReleaseFailure {
  const fromVersion = query.from ?? defaultFrom(deps, standard);
  if (fromVersion === null) return fail(404, 'This standard has no release to compare with yet.');
  const from = resolve(deps, standard, fromVersion);
  if (!from.ok) return from;
  const to = resolve(deps, standard, query.to);
  if (!to.ok) return to;
  const options = { lang: standard.language };
  return {
    ok: true,
    diff: {
      from: from.side,
      to: to.side,
      diff: releaseDiff(from.model, to.model, options),
      marks: releaseMarks(from.model, to.model, to.side.version, options),
    },
  };
}

/** The release pipeline: what other parts of the server (routes, demo seeder, review) use. */
export type { ReleaseDeps, ReleaseFailure } from './deps.ts';
export {
  RELEASE_STATUSES,
  compareVersions,
  parseVersion,
  type ReleaseStatus,
} from './lifecycle.ts';
export {
  findReleaseRow,
  listReleaseRows,
  readReleaseContent,
  type ReleaseAgency,
  type ReleaseApprover,
  type ReleaseRecord,
} from './release-rows.ts';
export { createCandidate, type CandidateInput } from './candidate.ts';
export { approveRelease, publishRelease, withdrawRelease } from './transitions.ts';
export { publishModelRelease, type PublishModelInput } from './publish-from-model.ts';
export { replaceDraftContent } from './restore-draft.ts';
export { repairReleaseFiles, syncReleaseFiles } from './sync-files.ts';
export { contentHashOf } from './freeze.ts';
export { diffBetween, type DiffResponse, type DiffSide } from './diff.ts';
export { releaseRoutes } from './routes.ts';
export { releaseDocs } from './docs.ts';
export { siteRebuildTrigger } from './site-trigger.ts';
export {
  standardsDue,
  watchEffectiveDates,
  type EffectiveDateWatch,
} from './effective-date-watch.ts';

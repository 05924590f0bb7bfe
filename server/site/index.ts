// The published site: serving it at `/` and rebuilding it from the release files.
export { siteHandler } from './static-site.ts';
export { rebuildSite, type RebuildOptions, type RebuildResult } from './rebuild.ts';
export { buildSite, type SiteBuildOptions, type SiteBuildReport } from './build-site.ts';

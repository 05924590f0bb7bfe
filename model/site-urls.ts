// URL scheme of the published site; every link to it (site pages, the editor's Releases page) is built here so it never drifts.

/** The current version of a standard: stable, what people cite. */
export const standardUrl = (slug: string): string => `/${slug}/`;
/** One version, forever. */
export const versionUrl = (slug: string, version: string): string => `/${slug}/${version}/`;
/** What changed in a version. */
export const changesUrl = (slug: string, version: string): string => `/${slug}/${version}/changes/`;
/** The version history with change notes. */
export const historyUrl = (slug: string): string => `/${slug}/history/`;
/** The PDF of a version. */
export const pdfUrl = (slug: string, version: string): string =>
  `/${slug}/${version}/${slug}-${version}.pdf`;
/** The search page, optionally with a query. */
export const searchUrl = (query?: string): string =>
  query ? `/search/?q=${encodeURIComponent(query)}` : '/search/';

/** English UI strings of the published site; other catalogues must have the same shape. */
export const en = {
  siteName: 'Accord standards',
  siteTagline:
    'National standards for identifying and referring children affected by sexual exploitation, including online.',
  skipToContent: 'Skip to content',
  home: 'All standards',
  searchLabel: 'Search the standards',
  searchHint: 'e.g. disclosure, referral, 7.2',
  searchButton: 'Search',
  searchTitle: 'Search',
  searchNeedsScript:
    'Search needs JavaScript. You can still read every standard from the list of standards.',
  searchLoading: 'Searching…',
  // Filled in by the search script: {q} is the query, {n} the number of pages.
  searchNone: 'Nothing matches “{q}”.',
  searchSuggest: 'Did you mean {q}?',
  searchCountOne: '1 standard matches “{q}”.',
  searchCountMany: '{n} standards match “{q}”.',
  searchFailed: 'Search is not available right now. Please try again later.',
  // {n} is how many more clauses a standard's list shows when pressed.
  searchShowAll: 'Show all {n} matching clauses',
  // Derived from effective dates on the build day (model/release-standing.ts).
  status: {
    'in-force': 'Current',
    upcoming: 'Upcoming',
    superseded: 'Superseded',
    withdrawn: 'Withdrawn',
    unpublished: 'Not published',
  },
  version: 'Version',
  currentVersion: 'Current version',
  effectiveDate: 'In effect from',
  inEffectBetween: (from: string, to: string) => `In effect from ${from} to ${to}`,
  withdrawnOn: (date: string) => `Withdrawn on ${date}`,
  statusAsOf: (date: string) => `Status as of ${date}`,
  staleBar: (state: string, version: string) => `${state}: version ${version}`,
  currentShort: (current: string) => `Current version (${current})`,
  published: 'Published',
  approvedBy: 'Approved by',
  covers: 'What it covers',
  contents: 'Contents',
  glossary: 'Glossary',
  agencies: 'Working group',
  history: 'Version history',
  whatChanged: 'What changed',
  changeNote: 'Change note',
  downloadPdf: 'Download PDF',
  // {size} is filled in by the publish pipeline once the PDF exists.
  pdfSize: '{size}',
  pdfOf: (version: string) => `PDF of version ${version}`,
  readVersion: (version: string) => `Read version ${version}`,
  supersededBanner: (version: string, current: string) =>
    `Version ${version} has been superseded. The current version is ${current}.`,
  supersededOn: (by: string, date: string) =>
    `Superseded by version ${by} with effect from ${date}.`,
  upcomingBanner: (version: string, date: string) =>
    `Version ${version} has been published and comes into effect on ${date}.`,
  upcomingUntil: (current: string) => `Until then, version ${current} is in force.`,
  noneInForceYet: 'No version of this standard is in effect yet.',
  // The home page's facts of a standard none of whose versions has taken effect yet.
  noneInForceShort: 'No version in force yet',
  versionTakesEffect: (version: string, date: string) =>
    `Version ${version} takes effect on ${date}`,
  comesIntoEffect: (date: string) => `Comes into effect on ${date}`,
  versionTitle: 'Title of this version',
  withdrawnBanner: (version: string) => `Version ${version} has been withdrawn.`,
  laterWithdrawn: (withdrawn: string, date: string, current: string) =>
    `Version ${withdrawn} was withdrawn on ${date}. Version ${current} applies.`,
  withdrawnStandard: 'This standard has been withdrawn and is no longer in effect.',
  withdrawnReason: 'Reason',
  goToCurrent: (current: string) => `Read the current version (${current})`,
  goToCurrentClause: (ref: string) =>
    ref ? `In the current version: ${ref}` : 'In the current version',
  notInCurrent: 'Not in the current version',
  permalink: (label: string) => `Link to ${label}`,
  clauseLabel: (number: string) => `Clause ${number}`,
  provisionLabel: (number: string) => `Provision ${number}`,
  termLabel: (number: string) => `Term ${number}`,
  sectionLabel: (title: string) => `Section “${title}”`,
  paragraphIn: (label: string) => `Paragraph of ${label}`,
  noteIn: (label: string) => `Note in ${label}`,
  exampleIn: (label: string) => `Example in ${label}`,
  listIn: (label: string) => `List in ${label}`,
  tableIn: (label: string) => `Table in ${label}`,
  // Shown before each provision of these kinds (notes and examples carry the model's label).
  kinds: { requirement: 'Requirement', recommendation: 'Recommendation', permission: 'Permission' },
  // Above a table that is wider than the screen (shown only then).
  tableScrolls: 'Scroll sideways to see all columns',
  copied: 'Link copied',
  removedTarget: (label: string, oldVersion: string, removedIn: string) =>
    `${label} of version ${oldVersion} was removed in version ${removedIn}.`,
  seeChanges: 'See what changed',
  changesTitle: (version: string) => `What changed in version ${version}`,
  changesIntro: (version: string, previous: string) =>
    `Changes from version ${previous} to version ${version}.`,
  firstVersion:
    'This is the first version of the standard: there is no earlier version to compare.',
  noChanges: 'No clause or provision changed.',
  changeKinds: {
    added: 'Added',
    removed: 'Removed',
    amended: 'Amended',
    renumbered: 'Renumbered',
    moved: 'Moved',
  },
  renumberedFrom: (from: string, to: string) => `${from} is now ${to}`,
  // Read out before changed words, which are shown struck through or underlined.
  inserted: '[added] ',
  deleted: '[removed] ',
  notFoundTitle: 'Page not found',
  notFoundText:
    'There is no page at this address. The standard may have moved: start from the list of standards.',
  footer:
    'Published with Accord. Each version is frozen when published; earlier versions stay available.',
} as const;

export type Messages = {
  [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : (typeof en)[K] extends string
      ? string
      : { [P in keyof (typeof en)[K]]: string };
};

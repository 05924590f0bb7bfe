// English messages of the Releases and Compare pages; spread into the editor's catalogue (i18n/en.ts).
export const releaseMessages = {
  'nav.releases': 'Releases',
  'nav.compare': 'Compare',
  'nav.draft': 'Draft',
  'nav.members': 'Members',
  'nav.standardPages': 'Pages of this standard',
  'home.releasesOf': 'Releases of {title}',
  'home.membersOf': 'Members of {title}',

  'releases.title': 'Releases of {title}',
  'releases.loading': 'Loading releases…',
  'releases.none': 'No release yet. Editors create a release candidate from the draft.',
  'releases.list': 'Versions',
  'releases.version': 'Version',
  'releases.status': 'Status',
  'releases.dates': 'Dates',
  'releases.changeNote': 'Change note',
  'releases.hash': 'Content hash',
  'releases.actions': 'Actions',
  'releases.effective': 'effective {date}',
  'releases.created': 'frozen {date}',
  'releases.approvedOn': 'approved {date}',
  'releases.publishedOn': 'published {date}',
  'releases.supersededOn': 'superseded by {version} from {date}',
  'releases.comesIntoEffect': 'comes into effect {date}',
  'releases.withdrawnOn': 'withdrawn {date}: {reason}',
  'release.status.candidate': 'candidate',
  'release.status.approved': 'approved',
  'release.status.published': 'published',
  'release.status.superseded': 'superseded',
  'release.status.withdrawn': 'withdrawn',
  // A published version's standing on today's date (model/release-standing.ts).
  'release.standing.in-force': 'in force',
  'release.standing.upcoming': 'published, not yet in force',

  'releases.approve': 'Approve',
  'releases.approveNamed': 'Approve {version}',
  'releases.approveConfirm':
    'Approve release candidate {version}? It can then be published; its text stays frozen.',
  'releases.approved': 'Version {version} approved.',
  'releases.publish': 'Publish',
  'releases.publishNamed': 'Publish {version}',
  'releases.publishConfirm':
    'Publish {version}? It becomes the version in force and supersedes the one published before.',
  'releases.publishConfirmUpcoming':
    'Publish {version}? Readers see it at once as the upcoming version; it takes effect on {date}. Until then the version in force now stays in force.',
  'releases.publishConfirmFirst':
    'Publish {version}? It becomes the version in force: the first of this standard.',
  'releases.publishConfirmFirstUpcoming':
    'Publish {version}? Readers see it at once as the upcoming version; it takes effect on {date}. No version of this standard is in force until then.',
  'releases.published': 'Version {version} published.',
  'releases.withdraw': 'Withdraw',
  'releases.withdrawNamed': 'Withdraw {version}',
  'releases.withdrawConfirm':
    'Withdraw {version}? Readers will see that it was withdrawn and why. This cannot be undone.',
  'releases.withdrawConfirmUnpublished':
    'Withdraw {version}? It was never published, so readers never see it; it stays in this list as withdrawn, and its version number is not used again. This cannot be undone.',
  'releases.withdrawReason': 'Reason for withdrawal',
  'releases.withdrawn': 'Version {version} withdrawn.',
  'releases.restore': 'Start new draft from this release',
  'releases.restoreNamed': 'Start new draft from {version}',
  'releases.restoreConfirm':
    'Replace the current draft with the text of {version}? The draft history is kept, but unreleased changes in the draft will be overwritten.',
  'releases.restored': 'The draft now holds the text of {version}.',
  'releases.compareDraft': 'Compare {version} with the draft',
  'releases.onSite': 'Read {version} on the site',
  'releases.pdf': 'PDF of {version}',
  'releases.confirm': 'Confirm',
  'releases.failed': 'Not done: {detail}',
  'releases.openRound':
    'The consultation round “{round}” is open until {date}. A version frozen or published now will not answer the comments still coming in.',
  'releases.openRoundQuestion':
    '{question} The consultation round “{round}” is still open until {date}.',
  'releases.checksTitle': 'Checks on the draft',
  'releases.checksIntro':
    'The checks found the points below. They do not stop a freeze, but a version is published exactly as frozen: look at them first.',
  'releases.checksBlocking':
    'The checks found the points below. Errors must be fixed before the draft can be frozen; look at the others too.',
  'releases.checksOpenDraft': 'Open the draft',
  'releases.checkAt': '{where}: {what}',
  'releases.severity.error': 'Error',
  'releases.severity.warning': 'Warning',
  'releases.severity.info': 'Advice',
  'releases.checksQuestionOne': 'The checks found one point in {version}: {list}.',
  'releases.checksQuestion': 'The checks found {count} points in {version}: {list}.',
  'releases.checksMore': 'and {count} more',
  'releases.undisposedOne':
    'One consultation comment has no disposition yet. Every comment should be answered before a version is approved and published.',
  'releases.undisposed':
    '{count} consultation comments have no disposition yet. Every comment should be answered before a version is approved and published.',
  'releases.undisposedLink': 'Answer them in the draft’s review panel',
  'releases.undisposedQuestionOne': 'One consultation comment still has no disposition.',
  'releases.undisposedQuestion': '{count} consultation comments still have no disposition.',
  'candidate.duringRoundTitle': 'Freeze during the consultation?',
  'candidate.duringRoundQuestion':
    'The consultation round “{round}” is open until {date}. Freeze the draft as {version} anyway? Comments still coming in will not be answered in it.',
  'candidate.duringRoundConfirm': 'Freeze {version} now',

  'candidate.title': 'Create release candidate',
  'candidate.hint':
    'Freezes the current draft as a new version. Nothing in the draft changes; administrators approve and publish it.',
  'candidate.version': 'Version (major.minor, e.g. 1.1)',
  'candidate.versionFormat':
    'Write the version as major.minor: two numbers and a dot, e.g. 1.0 or 2.1.',
  'candidate.titleField': 'Subtitle of this version (optional)',
  'candidate.titleHint':
    'Shown under the standard’s name on this version’s page only; the standard keeps its name.',
  'candidate.changeNote': 'Change note',
  'candidate.effectiveDate': 'Effective date',
  'candidate.summary':
    'Summary of what the standard covers (needed for the first release; later ones keep the previous one)',
  'candidate.submit': 'Create release candidate',
  'candidate.created': 'Release candidate {version} created.',

  'compare.title': 'Compare versions of {title}',
  'compare.from': 'From',
  'compare.to': 'To',
  'compare.draft': 'Current draft',
  'compare.submit': 'Compare',
  'compare.loading': 'Comparing…',
  'compare.noReleases': 'There is no release to compare with yet.',
  'compare.summary':
    '{from} → {to}: {added} added, {removed} removed, {moved} moved, {renumbered} renumbered, {changed} changed.',
  'compare.same': 'No differences: the two versions have the same text.',
  'compare.changes': 'Changes',
  'compare.added': 'Added',
  'compare.removed': 'Removed',
  'compare.moved': 'Moved',
  'compare.renumbered': 'Renumbered {from} → {to}',
  'compare.changed': 'Changed',
  'compare.changedAttrs': 'Changed: {attrs}',
  'compare.unnumbered': 'unnumbered',
  'compare.paragraphInClause': 'Paragraph in clause {number}',
  'compare.paragraphIn': 'Paragraph in {title}',
  'compare.heading': 'Heading “{title}”',
  'compare.node.clause': 'Clause',
  'compare.node.provision': 'Provision',
  'compare.node.term': 'Term',
  'compare.node.other': 'Block',
  'compare.inserted': 'inserted',
  'compare.deleted': 'deleted',
} as const;

// One row of the Releases table: facts of a version and the actions the caller may take on it.
import { pdfUrl, versionUrl } from '../../../model/site-urls.ts';
import { releaseStanding, type VersionStanding } from '../../../model/release-standing.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { h } from '../ui/dom.ts';
import { appLink, compareHref } from './links.ts';
import type { Release } from './api.ts';
import { day, shortHash } from './format.ts';

export type ReleaseAction = 'approve' | 'publish' | 'withdraw' | 'restore';

export interface RowPermissions {
  /** Platform admin (approve, publish, withdraw). */
  admin: boolean;
  /** Editor or admin (start a new draft from a release). */
  editor: boolean;
}

/** Which actions a release offers to this caller, by its status (the server re-checks). */
export function actionsFor(release: Release, can: RowPermissions): ReleaseAction[] {
  const out: ReleaseAction[] = [];
  if (can.admin && release.status === 'candidate') out.push('approve');
  if (can.admin && release.status === 'approved') out.push('publish');
  if (can.editor && release.status !== 'withdrawn') out.push('restore');
  if (can.admin && release.status !== 'withdrawn') out.push('withdraw');
  return out;
}

const ACTION_LABEL: Record<ReleaseAction, [MessageKey, MessageKey]> = {
  approve: ['releases.approve', 'releases.approveNamed'],
  publish: ['releases.publish', 'releases.publishNamed'],
  withdraw: ['releases.withdraw', 'releases.withdrawNamed'],
  restore: ['releases.restore', 'releases.restoreNamed'],
};

// Supersession is shown as derived from effective dates, not as stored at publication:
// publishing 1.1 with a future effective date does not end 1.0 on the day of publication.
function dates(r: Release, s: VersionStanding): HTMLElement {
  const effective = s.standing === 'upcoming' ? 'releases.comesIntoEffect' : 'releases.effective';
  const lines: string[] = [t(effective, { date: r.effectiveDate })];
  lines.push(t('releases.created', { date: day(r.createdAt) }));
  if (r.approvedAt) lines.push(t('releases.approvedOn', { date: day(r.approvedAt) }));
  if (r.publishedAt) lines.push(t('releases.publishedOn', { date: day(r.publishedAt) }));
  if (s.supersededBy && s.supersededOn)
    lines.push(t('releases.supersededOn', { version: s.supersededBy, date: s.supersededOn }));
  if (r.withdrawnAt)
    lines.push(
      t('releases.withdrawnOn', { date: day(r.withdrawnAt), reason: r.withdrawnReason ?? '' }),
    );
  return h('ul', { class: 'release-dates' }, ...lines.map((line) => h('li', {}, line)));
}

/** Use for each release's standing on `today` (effective dates and withdrawals decide). */
export function standingsOn(releases: Release[], today: string): (r: Release) => VersionStanding {
  const standing = releaseStanding(releases, today);
  return (r) =>
    standing.versions.find((s) => s.version === r.version) ?? {
      version: r.version,
      standing: 'unpublished',
      supersededBy: null,
      supersededOn: null,
    };
}

/** The badge of a release: its lifecycle status, or for a published one its standing today. */
export function badge(release: Release, s: VersionStanding): { css: string; label: string } {
  if (s.standing === 'in-force' || s.standing === 'upcoming')
    return { css: s.standing, label: t(`release.standing.${s.standing}` as MessageKey) };
  const status = s.standing === 'superseded' ? 'superseded' : release.status;
  return { css: status, label: t(`release.status.${status}` as MessageKey) };
}

/**
 * Use to render a release with its standing today (releaseStanding over all the standard's
 * releases); onAction runs when the caller presses one of its buttons.
 */
export function releaseRow(
  standard: { slug: string; title: string },
  release: Release,
  standing: VersionStanding,
  can: RowPermissions,
  onAction: (action: ReleaseAction, release: Release) => void,
): HTMLTableRowElement {
  const buttons = actionsFor(release, can).map((action) => {
    const [label, named] = ACTION_LABEL[action];
    return h(
      'button',
      {
        type: 'button',
        class: action === 'withdraw' ? 'danger' : null,
        'aria-label': t(named, { version: release.version }),
        onclick: () => onAction(action, release),
      },
      t(label),
    );
  });
  const compare = appLink(
    compareHref(standard.slug, release.version, 'draft'),
    t('releases.compareDraft', { version: release.version }),
  );
  // What readers get: the version's page and PDF on the published site (a withdrawn version
  // that was published keeps its page, with the notice of its withdrawal).
  const published = release.publishedAt !== null;
  const siteLinks = published
    ? [
        h(
          'a',
          { href: versionUrl(standard.slug, release.version) },
          t('releases.onSite', { version: release.version }),
        ),
        h(
          'a',
          { href: pdfUrl(standard.slug, release.version) },
          t('releases.pdf', { version: release.version }),
        ),
      ]
    : [];
  const shown = badge(release, standing);
  return h(
    'tr',
    { 'data-version': release.version, 'data-standing': standing.standing },
    h(
      'th',
      { scope: 'row' },
      release.version,
      // A version's own title is worth showing only when it differs from the standard's.
      release.title && release.title !== standard.title
        ? h('div', { class: 'hint' }, release.title)
        : null,
    ),
    h('td', {}, h('span', { class: `badge release-${shown.css}` }, shown.label)),
    h('td', {}, dates(release, standing)),
    h(
      'td',
      {},
      h('p', { class: 'change-note' }, release.changeNote),
      release.summary ? h('p', { class: 'hint' }, release.summary) : null,
    ),
    h('td', {}, h('code', { title: release.contentHash }, shortHash(release.contentHash))),
    h('td', { class: 'release-actions' }, ...buttons, compare, ...siteLinks),
  );
}

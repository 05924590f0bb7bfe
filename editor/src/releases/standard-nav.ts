// The links between a standard's pages: draft, releases, compare and (admins) members.
import type { StandardSummary } from '../api/schemas.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { me } from '../session.ts';
import { h } from '../ui/dom.ts';
import './releases.css';

type Page = 'draft' | 'releases' | 'compare' | 'members';

/** Use under a standard page's heading; `current` is marked with aria-current. */
export function standardNav(
  standard: Pick<StandardSummary, 'slug' | 'role'>,
  current: Page,
): HTMLElement {
  const slug = encodeURIComponent(standard.slug);
  const pages: [Page, string][] = [
    ['draft', `/edit/s/${slug}`],
    ['releases', `/edit/s/${slug}/releases`],
    ['compare', `/edit/s/${slug}/compare`],
  ];
  if (me()?.isAdmin) pages.push(['members', `/edit/s/${slug}/members`]);
  return h(
    'nav',
    { class: 'standard-nav', 'aria-label': t('nav.standardPages') },
    ...pages.map(([page, href]) =>
      h(
        'a',
        { href, 'data-link': true, 'aria-current': page === current ? 'page' : null },
        t(`nav.${page}` as MessageKey),
      ),
    ),
  );
}

// The compare view: pick two versions (or a version and the draft) and read what changed.
import { localDay } from '../../../model/release-standing.ts';
import { getStandard } from '../api/endpoints.ts';
import { problemText } from '../ui/problem-text.ts';
import { t } from '../i18n/index.ts';
import { navigate } from '../navigation.ts';
import type { View } from '../router.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { messageBox, pageFrame, showMessage } from '../ui/layout.ts';
import { getDiff, listReleases, type Release } from './api.ts';
import { changeItem, clausesById, countChanges, visibleChanges } from './diff-view.ts';
import { compareHref } from './links.ts';
import { standardUnavailable } from './releases-view.ts';
import { badge, standingsOn } from './release-row.ts';
import { standardNav } from './standard-nav.ts';
import './releases.css';

/** The default `from`: the version in force today, else the newest release. */
export function defaultFrom(releases: Release[], today = localDay()): string | null {
  const standingOf = standingsOn(releases, today);
  const inForce = releases.find((r) => standingOf(r).standing === 'in-force');
  return (inForce ?? releases.at(-1))?.version ?? null;
}

function sideSelect(id: string, releases: Release[], value: string): HTMLSelectElement {
  // The same words as the Releases page: a withdrawn newer version puts 1.0 back in force.
  const standingOf = standingsOn(releases, localDay());
  const select = h('select', { id });
  const option = (v: string, label: string) => {
    const o = h('option', { value: v }, label);
    o.selected = v === value;
    return o;
  };
  select.append(option('draft', t('compare.draft')));
  for (const r of [...releases].reverse())
    select.append(option(r.version, `${r.version} (${badge(r, standingOf(r)).label})`));
  return select;
}

/** Use as the view for /edit/s/:slug/compare?from=&to=. */
export const compareView: View = async ({ params, root }) => {
  const slug = params.slug ?? '';
  const main = pageFrame(root);
  const [found, listed] = await Promise.all([getStandard(slug), listReleases(slug)]);
  if (!found.ok) return standardUnavailable(main, found.status, problemText(found));
  const standard = found.data;
  const heading = [
    h('h1', {}, t('compare.title', { title: standard.title })),
    standardNav(standard, 'compare'),
  ];
  if (!listed.ok) {
    replaceChildren(main, ...heading, h('p', { class: 'message error' }, problemText(listed)));
    return;
  }
  const releases = listed.data.releases;
  const query = new URLSearchParams(location.search);
  const from = query.get('from') ?? defaultFrom(releases);
  if (from === null) {
    replaceChildren(main, ...heading, h('p', { class: 'empty' }, t('compare.noReleases')));
    return;
  }
  const to = query.get('to') ?? 'draft';
  const fromSelect = sideSelect('compare-from', releases, from);
  const toSelect = sideSelect('compare-to', releases, to);
  const form = h(
    'form',
    { class: 'compare-form card' },
    h('label', {}, t('compare.from'), fromSelect),
    h('label', {}, t('compare.to'), toSelect),
    h('button', { type: 'submit' }, t('compare.submit')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(compareHref(slug, fromSelect.value, toSelect.value));
  });
  const status = messageBox();
  const results = h('section', { 'aria-labelledby': 'changes-title', 'aria-busy': 'true' });
  replaceChildren(main, ...heading, form, status, results);
  showMessage(status, 'ok', t('compare.loading'));

  const answer = await getDiff(slug, from, to);
  results.removeAttribute('aria-busy');
  if (!answer.ok) {
    showMessage(status, 'error', problemText(answer));
    return;
  }
  const { changes } = answer.data.diff;
  const shown = visibleChanges(changes);
  const clauses = clausesById(changes);
  const label = (side: { version: string }) =>
    side.version === 'draft' ? t('compare.draft') : side.version;
  showMessage(
    status,
    'ok',
    shown.length === 0
      ? t('compare.same')
      : t('compare.summary', {
          from: label(answer.data.from),
          to: label(answer.data.to),
          ...countChanges(changes),
        }),
  );
  replaceChildren(
    results,
    h('h2', { id: 'changes-title' }, t('compare.changes')),
    h('ol', { class: 'changes' }, ...shown.map((change) => changeItem(change, clauses))),
  );
};

// Home: the standards the user may see, with their role and the draft's status; admins create one.
import { explainPattern } from '../ui/pattern-message.ts';
import { createStandard, listStandards } from '../api/endpoints.ts';
import type { StandardSummary } from '../api/schemas.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { navigate } from '../navigation.ts';
import { closingDate } from '../review/closing-day.ts';
import type { View } from '../router.ts';
import { me } from '../session.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { pageFrame } from '../ui/layout.ts';
import { formFeedback } from '../ui/form-feedback.ts';
import { limited } from '../ui/length-guard.ts';

function roleLabel(role: StandardSummary['role']): string {
  return t(`role.${role}` as MessageKey);
}

/** "In review: Round 2, until 3/12/2026" and friends, from the server's draft status. */
function phaseLabel({ phase, round, pending }: StandardSummary['status']): string {
  if (phase === 'in-review' && round)
    return t('home.phase.in-review', { round: round.name, date: closingDate(round.closesAt) });
  if ((phase === 'candidate' || phase === 'approved') && pending)
    return t(`home.phase.${phase}`, { version: pending });
  return t('home.phase.drafting');
}

/** "In force: 1.1 · 1.2 from 2027-01-01": what frontline staff read today, and what comes next. */
function publishedLabel({ published, upcoming }: StandardSummary['status']): string {
  const now = published ? t('home.published', { version: published }) : t('home.unpublished');
  if (!upcoming) return now;
  const next = t('home.upcoming', { version: upcoming.version, date: upcoming.effectiveDate });
  return `${now} · ${next}`;
}

function standardRow(standard: StandardSummary): HTMLElement {
  const { status } = standard;
  return h(
    'li',
    { class: 'standard-row' },
    h(
      'a',
      { href: `/edit/s/${encodeURIComponent(standard.slug)}`, 'data-link': true },
      standard.title,
    ),
    h('span', { class: 'slug' }, standard.slug),
    h('span', { class: `badge role-${standard.role}` }, roleLabel(standard.role)),
    h('span', { class: `badge status phase-${status.phase}` }, phaseLabel(status)),
    h('span', { class: 'badge published' }, publishedLabel(status)),
    h(
      'a',
      {
        href: `/edit/s/${encodeURIComponent(standard.slug)}/releases`,
        'data-link': true,
        'aria-label': t('home.releasesOf', { title: standard.title }),
      },
      t('nav.releases'),
    ),
    me()?.isAdmin
      ? h(
          'a',
          {
            href: `/edit/s/${encodeURIComponent(standard.slug)}/members`,
            'data-link': true,
            'aria-label': t('home.membersOf', { title: standard.title }),
          },
          t('nav.members'),
        )
      : null,
  );
}

function createForm(onCreated: (slug: string) => void): HTMLElement {
  const slug = explainPattern(
    h('input', { id: 'new-slug', required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*' }),
    t('home.create.slugFormat'),
  );
  const title = h('input', { id: 'new-title', required: true });
  const language = h('input', { id: 'new-language', required: true, value: 'en' });
  const feedback = formFeedback('new-standard', { slug, title, language });
  const form = h(
    'form',
    { class: 'card form', 'aria-labelledby': 'new-standard-title' },
    h('h2', { id: 'new-standard-title' }, t('home.create.title')),
    h('label', { for: 'new-slug' }, t('home.create.slug')),
    ...limited(slug, 64),
    h('label', { for: 'new-title' }, t('home.create.titleField')),
    ...limited(title, 200),
    h('label', { for: 'new-language' }, t('home.create.language')),
    ...limited(language, 35),
    feedback.element,
    h('button', { type: 'submit' }, t('home.create.submit')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    feedback.clear();
    void createStandard({ slug: slug.value, title: title.value, language: language.value }).then(
      (result) => {
        // Errors name the form's own labels, beside the form, and focus the first bad field.
        if (result.ok) onCreated(result.data.slug);
        else feedback.fail(result);
      },
    );
  });
  return form;
}

/** Use as the view for /edit/. */
export const homeView: View = async ({ root, setTitle }) => {
  setTitle(t('nav.standards'));
  const main = pageFrame(root);
  const list = h('ul', { class: 'standards', 'aria-busy': 'true' });
  replaceChildren(main, h('h1', {}, t('home.title')), list);
  const result = await listStandards();
  list.removeAttribute('aria-busy');
  if (!result.ok) {
    replaceChildren(list, h('li', { class: 'message error' }, result.detail || result.title));
  } else if (result.data.length === 0) {
    replaceChildren(list, h('li', { class: 'empty' }, t('home.empty')));
  } else {
    replaceChildren(list, ...result.data.map(standardRow));
  }
  if (me()?.isAdmin) main.append(createForm((slug) => navigate(`s/${slug}`)));
};

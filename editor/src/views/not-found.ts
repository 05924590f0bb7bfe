// Any unknown /edit/* path.
import { t } from '../i18n/index.ts';
import type { View } from '../router.ts';
import { h } from '../ui/dom.ts';

/** Use as the router's fallback view. */
export const notFoundView: View = ({ root }) => {
  root.replaceChildren(
    h(
      'main',
      { id: 'main', class: 'narrow' },
      h('h1', {}, t('notFound.title')),
      h('p', {}, t('notFound.body')),
      h('a', { href: '/edit/', 'data-link': true }, t('notFound.home')),
    ),
  );
};

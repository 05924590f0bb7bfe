// The frame around every signed-in page: a header with navigation, and the main area.
import { signOut } from '../api/endpoints.ts';
import { t } from '../i18n/index.ts';
import { navigate } from '../navigation.ts';
import { me, setMe } from '../session.ts';
import { h } from './dom.ts';

/** Use in a view: renders the header into root and returns the <main> to fill. */
export function pageFrame(root: HTMLElement, options: { wide?: boolean } = {}): HTMLElement {
  const user = me();
  const signOutButton = h(
    'button',
    {
      type: 'button',
      class: 'link-button',
      onclick: () => {
        void signOut().then(() => {
          setMe(null);
          navigate('sign-in');
        });
      },
    },
    t('nav.signOut'),
  );
  const header = h(
    'header',
    { class: 'app-header' },
    h('a', { href: '/edit/', 'data-link': true, class: 'brand' }, t('app.name')),
    h(
      'nav',
      { 'aria-label': t('nav.label') },
      h('a', { href: '/edit/', 'data-link': true }, t('nav.standards')),
      h('a', { href: '/edit/account', 'data-link': true }, t('nav.account')),
      user?.isAdmin
        ? h('a', { href: '/edit/admin/users', 'data-link': true }, t('nav.users'))
        : null,
      user?.isAdmin
        ? h('a', { href: '/edit/admin/audit', 'data-link': true }, t('nav.audit'))
        : null,
      user ? h('span', { class: 'who' }, user.name) : null,
      signOutButton,
    ),
  );
  const main = h('main', { id: 'main', tabindex: '-1', class: options.wide ? 'wide' : 'narrow' });
  root.replaceChildren(header, main);
  return main;
}

/** Use for form errors and confirmations: a live region that screen readers announce. */
export function messageBox(): HTMLElement {
  return h('p', { class: 'message', role: 'status', 'aria-live': 'polite' });
}

/** Use to show a message of a kind in a messageBox. */
export function showMessage(box: HTMLElement, kind: 'error' | 'ok', text: string): void {
  box.className = `message ${kind}`;
  box.textContent = text;
}

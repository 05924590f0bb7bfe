// Admin pages refuse non-admins up front (the server refuses them too).
import { t } from '../i18n/index.ts';
import { me } from '../session.ts';
import { h, replaceChildren } from '../ui/dom.ts';

/** Use at the top of an admin view: false (and a notice in main) when the caller is not an admin. */
export function requireAdmin(main: HTMLElement): boolean {
  if (me()?.isAdmin) return true;
  replaceChildren(main, h('p', { class: 'message error', role: 'alert' }, t('admin.only')));
  return false;
}

// The Users and agencies page (admins): list, create, edit, disable and enable users, give one
// a new password; list, create and rename agencies.
import { listAgencies } from '../api/endpoints.ts';
import { t } from '../i18n/index.ts';
import type { View } from '../router.ts';
import { me } from '../session.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { messageBox, pageFrame, showMessage } from '../ui/layout.ts';
import { agencyPanel } from './agency-panel.ts';
import { listUsers, patchUser, type AdminUser } from './api.ts';
import { confirmAction } from '../ui/confirm-dialog.ts';
import { emailText } from './email-text.ts';
import { problemText } from '../ui/problem-text.ts';
import { requireAdmin } from './require-admin.ts';
import { createUserForm } from './user-form.ts';
import { editUserDialog, newPasswordFor } from './user-edit.ts';
import type { Agency } from '../api/schemas.ts';
import './admin.css';

type Report = (ok: boolean, text: string) => void;

/** What a row's actions need from the page. */
interface RowContext {
  report: Report;
  refresh: () => Promise<void>;
  agencies: () => Agency[];
  /** Where a new password is shown, once. */
  passwordBox: HTMLElement;
}

function userRow(user: AdminUser, context: RowContext): HTMLElement {
  const { report, refresh } = context;
  const self = user.id === me()?.id;
  const disabling = !user.disabled;
  const named = t(disabling ? 'users.disableNamed' : 'users.enableNamed', { name: user.name });
  const apply = async (): Promise<void> => {
    const result = await patchUser(user.id, { disabled: disabling });
    if (!result.ok) return report(false, problemText(result));
    report(true, t(disabling ? 'users.disabledDone' : 'users.enabledDone', { name: user.name }));
    await refresh();
  };
  const toggle = h(
    'button',
    {
      type: 'button',
      class: disabling ? 'danger' : null,
      'aria-label': named,
      // Nobody can lock themself out; the server says so too.
      disabled: self,
      onclick: () => {
        if (!disabling) return void apply();
        void confirmAction({
          title: named,
          question: t('users.disableConfirm', { name: user.name }),
          confirmLabel: t('users.disable'),
          danger: true,
        }).then((answer) => (answer ? apply() : undefined));
      },
    },
    t(disabling ? 'users.disable' : 'users.enable'),
  );
  const edit = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      'aria-label': t('users.editNamed', { name: user.name }),
      onclick: () =>
        void editUserDialog(user, context.agencies(), self).then(async (saved) => {
          if (saved === null) return;
          report(true, t('users.savedDone', { name: saved }));
          await refresh();
        }),
    },
    t('users.edit'),
  );
  const reset = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      'aria-label': t('users.resetNamed', { name: user.name }),
      // One's own password is changed on the account page, knowing the current one.
      disabled: self,
      onclick: () =>
        void newPasswordFor(user, context.passwordBox).then((error) => {
          if (error) report(false, error);
        }),
    },
    t('users.reset'),
  );
  const state = [user.disabled ? t('users.disabled') : t('users.active')];
  if (user.isAdmin) state.push(t('users.admin'));
  return h(
    'tr',
    { 'data-user': user.id, class: user.disabled ? 'is-disabled' : null },
    h('th', { scope: 'row', class: 'long-text' }, user.name),
    h('td', { class: 'long-text' }, emailText(user.email)),
    h('td', { class: 'long-text' }, user.agency?.name ?? ''),
    h('td', {}, state.join(', ')),
    h('td', { class: 'row-actions' }, edit, reset, toggle),
  );
}

/** Use as the view for /edit/admin/users. */
export const usersView: View = async ({ root, setTitle }) => {
  setTitle(t('nav.users'));
  const main = pageFrame(root);
  if (!requireAdmin(main)) return;
  const status = messageBox();
  const passwordBox = h('div', { class: 'token-once', hidden: true });
  let knownAgencies: Agency[] = [];
  const list = h('div', { 'aria-busy': 'true' }, h('p', {}, t('admin.loading')));
  const userForm = createUserForm(() => void refreshUsers());
  const agencies = agencyPanel(() => void refreshAgencies());
  replaceChildren(
    main,
    h('h1', {}, t('users.title')),
    status,
    passwordBox,
    h('h2', { id: 'users-list-title' }, t('users.list')),
    list,
    userForm.element,
    agencies.element,
  );
  // The status line under the heading is for the table's own actions (edit, new password,
  // disable, enable); the forms below show their messages beside themselves.
  const report: Report = (ok, text) => {
    // A new action: a password shown for the last one goes.
    passwordBox.hidden = true;
    passwordBox.replaceChildren();
    showMessage(status, ok ? 'ok' : 'error', text);
  };
  const rowContext: RowContext = {
    report,
    refresh: () => refreshUsers(),
    agencies: () => knownAgencies,
    passwordBox,
  };

  async function refreshUsers(): Promise<void> {
    const users = await listUsers();
    list.removeAttribute('aria-busy');
    if (!users.ok)
      return replaceChildren(list, h('p', { class: 'message error' }, problemText(users)));
    const head = [
      'users.name',
      'users.email',
      'users.agency',
      'users.state',
      'users.actions',
    ] as const;
    replaceChildren(
      list,
      h(
        'table',
        { class: 'admin-table', 'aria-labelledby': 'users-list-title' },
        h('thead', {}, h('tr', {}, ...head.map((k) => h('th', { scope: 'col' }, t(k))))),
        h('tbody', {}, ...users.data.users.map((u) => userRow(u, rowContext))),
      ),
    );
  }

  async function refreshAgencies(): Promise<void> {
    const result = await listAgencies();
    if (!result.ok) report(false, problemText(result));
    const known = result.ok ? result.data : [];
    knownAgencies = known;
    userForm.setAgencies(known);
    agencies.show(known);
  }
  await Promise.all([refreshUsers(), refreshAgencies()]);
};

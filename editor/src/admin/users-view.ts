// The Users and agencies page (admins): list, create, disable and enable users; list and create agencies.
import { listAgencies } from '../api/endpoints.ts';
import type { Agency } from '../api/schemas.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import type { View } from '../router.ts';
import { me } from '../session.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { messageBox, pageFrame, showMessage } from '../ui/layout.ts';
import {
  AGENCY_KINDS,
  createAgency,
  createUser,
  listUsers,
  patchUser,
  type AdminUser,
} from './api.ts';
import { confirmAction } from './confirm-dialog.ts';
import { problemText } from './problem-text.ts';
import { requireAdmin } from './require-admin.ts';
import './admin.css';

type Report = (ok: boolean, text: string) => void;

function userRow(user: AdminUser, report: Report, refresh: () => Promise<void>): HTMLElement {
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
      disabled: user.id === me()?.id,
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
  const state = [user.disabled ? t('users.disabled') : t('users.active')];
  if (user.isAdmin) state.push(t('users.admin'));
  return h(
    'tr',
    { 'data-user': user.id, class: user.disabled ? 'is-disabled' : null },
    h('th', { scope: 'row' }, user.name),
    h('td', {}, user.email),
    h('td', {}, user.agency?.name ?? ''),
    h('td', {}, state.join(', ')),
    h('td', {}, toggle),
  );
}

function agencyOptions(select: HTMLSelectElement, agencies: Agency[], emptyLabel: string): void {
  replaceChildren(
    select,
    h('option', { value: '' }, emptyLabel),
    ...agencies.map((a) => h('option', { value: a.code }, `${a.name} (${a.code})`)),
  );
}

function createUserForm(agencies: Agency[], report: Report, onCreated: () => void): HTMLElement {
  const email = h('input', { id: 'user-email', type: 'email', required: true, maxlength: 254 });
  const name = h('input', { id: 'user-name', required: true, maxlength: 120 });
  const agency = h('select', { id: 'user-agency' });
  agencyOptions(agency, agencies, t('users.noAgency'));
  const admin = h('input', { id: 'user-admin', type: 'checkbox' });
  const once = h('div', { class: 'token-once', hidden: true });
  const form = h(
    'form',
    { class: 'card form', 'aria-labelledby': 'create-user-title' },
    h('h2', { id: 'create-user-title' }, t('users.createTitle')),
    h('label', { for: 'user-email' }, t('users.createEmail')),
    email,
    h('label', { for: 'user-name' }, t('users.createName')),
    name,
    h('label', { for: 'user-agency' }, t('users.createAgency')),
    agency,
    h('label', { class: 'check' }, admin, t('users.createAdmin')),
    h('button', { type: 'submit' }, t('users.create')),
    once,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void createUser({
      email: email.value.trim(),
      name: name.value.trim(),
      agency: agency.value || undefined,
      isAdmin: admin.checked,
    }).then((result) => {
      if (!result.ok) return report(false, problemText(result));
      const created = result.data;
      form.reset();
      report(true, t('users.created', { email: created.email }));
      // The generated password exists only in this answer: show it once, never keep it.
      if (created.password) {
        const password = created.password;
        const secret = h(
          'code',
          { class: 'secret', tabindex: '0', 'data-testid': 'generated-password' },
          password,
        );
        replaceChildren(
          once,
          h('p', {}, t('users.passwordOnce', { email: created.email })),
          secret,
          h(
            'button',
            { type: 'button', onclick: () => void navigator.clipboard?.writeText(password) },
            t('users.copy'),
          ),
        );
        once.hidden = false;
        secret.focus();
      }
      onCreated();
    });
  });
  return form;
}

function agencySection(agencies: Agency[], report: Report, onCreated: () => void): HTMLElement {
  const code = h('input', { id: 'agency-code', required: true, minlength: 2, maxlength: 32 });
  const name = h('input', { id: 'agency-name', required: true, maxlength: 200 });
  const kind = h(
    'select',
    { id: 'agency-kind' },
    ...AGENCY_KINDS.map((k) => h('option', { value: k }, t(`agencies.kind.${k}` as MessageKey))),
  );
  const form = h(
    'form',
    { class: 'form' },
    h('label', { for: 'agency-code' }, t('agencies.code')),
    code,
    h('label', { for: 'agency-name' }, t('agencies.name')),
    name,
    h('label', { for: 'agency-kind' }, t('agencies.kind')),
    kind,
    h('button', { type: 'submit' }, t('agencies.create')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void createAgency({ code: code.value.trim(), name: name.value.trim(), kind: kind.value }).then(
      (result) => {
        if (!result.ok) return report(false, problemText(result));
        form.reset();
        report(true, t('agencies.created', { code: result.data.code }));
        onCreated();
      },
    );
  });
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'agencies-title' },
    h('h2', { id: 'agencies-title' }, t('agencies.title')),
    agencies.length === 0
      ? h('p', { class: 'empty' }, t('agencies.none'))
      : h(
          'ul',
          { class: 'agencies' },
          ...agencies.map((a) =>
            h('li', {}, `${a.name} (${a.code}) — ${t(`agencies.kind.${a.kind}` as MessageKey)}`),
          ),
        ),
    form,
  );
}

/** Use as the view for /edit/admin/users. */
export const usersView: View = async ({ root }) => {
  const main = pageFrame(root);
  if (!requireAdmin(main)) return;
  const status = messageBox();
  const list = h('div', { 'aria-busy': 'true' }, h('p', {}, t('admin.loading')));
  const createSlot = h('div');
  const agencySlot = h('div');
  replaceChildren(
    main,
    h('h1', {}, t('users.title')),
    status,
    h('h2', { id: 'users-list-title' }, t('users.list')),
    list,
    createSlot,
    agencySlot,
  );
  const report: Report = (ok, text) => showMessage(status, ok ? 'ok' : 'error', text);

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
        h('tbody', {}, ...users.data.users.map((u) => userRow(u, report, refreshUsers))),
      ),
    );
  }

  async function refreshAgencies(): Promise<void> {
    const agencies = await listAgencies();
    const known = agencies.ok ? agencies.data : [];
    if (!agencies.ok) report(false, problemText(agencies));
    // The create-user form keeps its one-time password box, so it is built only once.
    if (!createSlot.firstChild)
      replaceChildren(
        createSlot,
        createUserForm(known, report, () => void refreshUsers()),
      );
    else {
      const select = createSlot.querySelector<HTMLSelectElement>('#user-agency');
      if (select) agencyOptions(select, known, t('users.noAgency'));
    }
    replaceChildren(
      agencySlot,
      agencySection(known, report, () => void refreshAgencies()),
    );
  }
  await Promise.all([refreshUsers(), refreshAgencies()]);
};

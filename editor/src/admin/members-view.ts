// The Members page of a standard (admins): the working group, role changes, grants and revocations.
import { getStandard } from '../api/endpoints.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { standardNav } from '../releases/standard-nav.ts';
import { standardUnavailable } from '../releases/releases-view.ts';
import type { View } from '../router.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { messageBox, pageFrame, showMessage } from '../ui/layout.ts';
import {
  GRANTABLE_ROLES,
  grantRole,
  listMembers,
  listUsers,
  revokeRole,
  type AdminUser,
  type GrantableRole,
  type Member,
} from './api.ts';
import { confirmAction } from '../ui/confirm-dialog.ts';
import { emailText } from './email-text.ts';
import { formFeedback } from '../ui/form-feedback.ts';
import { problemText } from '../ui/problem-text.ts';
import { requireAdmin } from './require-admin.ts';
import './admin.css';

const roleName = (role: GrantableRole) => t(`role.${role}` as MessageKey);

function roleSelect(id: string, value: GrantableRole | null, label?: string): HTMLSelectElement {
  const select = h('select', { id, 'aria-label': label ?? null });
  for (const role of GRANTABLE_ROLES) {
    const option = h('option', { value: role }, roleName(role));
    option.selected = role === value;
    select.append(option);
  }
  return select;
}

/** Use to narrow the user picker: case-insensitive match on name or email. */
export function matchUsers(users: AdminUser[], text: string): AdminUser[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return users;
  return users.filter(
    (u) => u.name.toLowerCase().includes(needle) || u.email.toLowerCase().includes(needle),
  );
}

/** Use as the view for /edit/s/:slug/members. */
export const membersView: View = async ({ params, root, setTitle }) => {
  const slug = params.slug ?? '';
  const main = pageFrame(root);
  if (!requireAdmin(main)) return;
  const found = await getStandard(slug);
  if (!found.ok) return standardUnavailable(main, found.status, problemText(found));
  const standard = found.data;
  setTitle(t('nav.members'), standard.title);
  const status = messageBox();
  const list = h('div', { 'aria-busy': 'true' }, h('p', {}, t('admin.loading')));
  const grantSlot = h('div');
  replaceChildren(
    main,
    h('h1', {}, t('members.title', { title: standard.title })),
    standardNav(standard, 'members'),
    status,
    h('h2', { id: 'members-list-title' }, t('members.list')),
    list,
    grantSlot,
  );
  const report = (ok: boolean, text: string) => showMessage(status, ok ? 'ok' : 'error', text);

  const memberRow = (m: Member): HTMLElement => {
    const select = roleSelect(`role-${m.userId}`, m.role, t('members.roleOf', { name: m.name }));
    select.addEventListener('change', () => {
      const role = select.value as GrantableRole;
      void grantRole(slug, m.userId, role).then((result) => {
        if (!result.ok) return report(false, problemText(result));
        report(true, t('members.changed', { name: m.name, role: roleName(role) }));
        void refresh();
      });
    });
    const revoke = h(
      'button',
      {
        type: 'button',
        class: 'danger',
        'aria-label': t('members.revokeNamed', { name: m.name }),
        onclick: () =>
          void confirmAction({
            title: t('members.revokeNamed', { name: m.name }),
            question: t('members.revokeConfirm', { name: m.name }),
            confirmLabel: t('members.revoke'),
            danger: true,
          }).then(async (answer) => {
            if (!answer) return;
            const result = await revokeRole(slug, m.userId);
            if (!result.ok) return report(false, problemText(result));
            report(true, t('members.revoked', { name: m.name }));
            await refresh();
          }),
      },
      t('members.revoke'),
    );
    return h(
      'tr',
      { 'data-user': m.userId },
      h('th', { scope: 'row', class: 'long-text' }, m.name),
      h('td', { class: 'long-text' }, emailText(m.email)),
      h('td', { class: 'long-text' }, m.agency?.name ?? ''),
      h('td', {}, select),
      h('td', { class: 'nowrap' }, m.grantedAt.slice(0, 10)),
      h('td', {}, revoke),
    );
  };

  const grantForm = (users: AdminUser[], members: Member[]): HTMLElement => {
    const taken = new Set(members.map((m) => m.userId));
    const candidates = users.filter((u) => !u.disabled && !taken.has(u.id));
    const find = h('input', { id: 'grant-find', type: 'search', autocomplete: 'off' });
    const user = h('select', { id: 'grant-user', required: true });
    const hint = h('p', { class: 'hint', 'aria-live': 'polite' });
    const fill = () => {
      const shown = matchUsers(candidates, find.value);
      replaceChildren(
        user,
        h('option', { value: '' }, t('members.pickUser')),
        ...shown.map((u) => h('option', { value: u.id }, `${u.name} <${u.email}>`)),
      );
      if (shown.length === 1 && shown[0]) user.value = shown[0].id;
      hint.textContent = shown.length === 0 ? t('members.noMatch') : '';
    };
    find.addEventListener('input', fill);
    fill();
    const role = roleSelect('grant-role', 'reviewer');
    const submit = h('button', { type: 'submit' }, t('members.grant'));
    const feedback = formFeedback('grant', { userId: user, role });
    const form = h(
      'form',
      { class: 'card form', 'aria-labelledby': 'grant-title' },
      h('h2', { id: 'grant-title' }, t('members.grantTitle')),
      h('label', { for: 'grant-find' }, t('members.find')),
      find,
      h('label', { for: 'grant-user' }, t('members.user')),
      user,
      hint,
      h('label', { for: 'grant-role' }, t('members.grantRole')),
      role,
      submit,
      feedback.element,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      feedback.clear();
      const chosen = candidates.find((u) => u.id === user.value);
      if (!chosen) return user.focus();
      const value = role.value as GrantableRole;
      submit.disabled = true;
      void grantRole(slug, chosen.id, value).then(async (result) => {
        submit.disabled = false;
        if (!result.ok) return feedback.fail(result);
        // The form is redrawn with the new candidates; the line above the table says what changed.
        report(true, t('members.granted', { name: chosen.name, role: roleName(value) }));
        await refresh();
      });
    });
    return form;
  };

  async function refresh(): Promise<void> {
    const [members, users] = await Promise.all([listMembers(slug), listUsers()]);
    list.removeAttribute('aria-busy');
    if (!members.ok)
      return replaceChildren(list, h('p', { class: 'message error' }, problemText(members)));
    const rows = members.data.members;
    const head = [
      'members.name',
      'members.email',
      'members.agency',
      'members.role',
      'members.since',
      'members.actions',
    ] as const;
    replaceChildren(
      list,
      rows.length === 0
        ? h('p', { class: 'empty' }, t('members.none'))
        : h(
            'table',
            { class: 'admin-table', 'aria-labelledby': 'members-list-title' },
            h('thead', {}, h('tr', {}, ...head.map((k) => h('th', { scope: 'col' }, t(k))))),
            h('tbody', {}, ...rows.map(memberRow)),
          ),
    );
    replaceChildren(
      grantSlot,
      users.ok
        ? grantForm(users.data.users, rows)
        : h('p', { class: 'message error' }, problemText(users)),
    );
  }
  await refresh();
};

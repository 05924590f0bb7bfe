// Correcting a user (admins): name, agency and the administrator flag in a dialog, and a new
// password when theirs is forgotten, shown once like a new user's.
import type { Agency } from '../api/schemas.ts';
import { t } from '../i18n/index.ts';
import { confirmAction } from '../ui/confirm-dialog.ts';
import { openDialog } from '../ui/dialog.ts';
import { dialogForm } from '../ui/dialog-form.ts';
import { h } from '../ui/dom.ts';
import { limited } from '../ui/length-guard.ts';
import { problemText } from '../ui/problem-text.ts';
import { patchUser, resetPassword, type AdminUser } from './api.ts';
import { agencyOptions, showPasswordOnce } from './user-form.ts';

/** Use for a row's Edit button: resolves to the name saved, or null when nothing was. */
export function editUserDialog(
  user: AdminUser,
  agencies: Agency[],
  self: boolean,
): Promise<string | null> {
  return new Promise((resolve) => {
    let saved: string | null = null;
    const dialog = openDialog(t('users.editTitle', { name: user.name }), () => resolve(saved));
    const name = h('input', { id: 'edit-user-name', required: true, value: user.name });
    const agency = h('select', { id: 'edit-user-agency' });
    agencyOptions(agency, agencies, t('users.noAgency'));
    agency.value = user.agency?.code ?? '';
    const admin = h('input', { id: 'edit-user-admin', type: 'checkbox' });
    admin.checked = user.isAdmin;
    // Nobody takes their own administrator rights away (the server refuses it too).
    admin.disabled = self && user.isAdmin;
    dialogForm(
      dialog,
      [
        h('label', { for: 'edit-user-name' }, t('users.createName')),
        ...limited(name, 120),
        h('label', { for: 'edit-user-agency' }, t('users.createAgency')),
        agency,
        h('label', { class: 'check', for: 'edit-user-admin' }, admin, t('users.createAdmin')),
      ],
      t('users.save'),
      () =>
        patchUser(user.id, {
          name: name.value.trim(),
          agency: agency.value || null,
          isAdmin: admin.checked,
        }),
      () => (saved = name.value.trim()),
    );
    name.focus();
  });
}

/**
 * Use for a row's New password button: asks first, then shows the new password once in
 * `box`. Resolves to an error text, or null when done (or cancelled).
 */
export async function newPasswordFor(user: AdminUser, box: HTMLElement): Promise<string | null> {
  const answer = await confirmAction({
    title: t('users.resetNamed', { name: user.name }),
    question: t('users.resetConfirm', { name: user.name }),
    confirmLabel: t('users.reset'),
  });
  if (!answer) return null;
  const result = await resetPassword(user.id);
  if (!result.ok) return problemText(result);
  showPasswordOnce(box, user.email, result.data.password, 'reset-password');
  return null;
}

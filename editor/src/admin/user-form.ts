// The "Create a user" form of the Users page, with its one-time password box.
import type { Agency } from '../api/schemas.ts';
import { t } from '../i18n/index.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { createUser } from './api.ts';
import { formFeedback } from '../ui/form-feedback.ts';
import { limited } from '../ui/length-guard.ts';

/** Use to fill an agency picker: an empty choice first, then "Name (CODE)". */
export function agencyOptions(select: HTMLSelectElement, agencies: Agency[], empty: string): void {
  const chosen = select.value;
  replaceChildren(
    select,
    h('option', { value: '' }, empty),
    ...agencies.map((a) => h('option', { value: a.code }, `${a.name} (${a.code})`)),
  );
  // A new agency appearing must not reset what the admin already picked.
  if (agencies.some((a) => a.code === chosen)) select.value = chosen;
}

/**
 * Use to show a generated password in `box`, once (the server never shows it again), with a
 * Copy button; the focus goes to it. `testId` names it for tests.
 */
export function showPasswordOnce(
  box: HTMLElement,
  email: string,
  password: string,
  testId: string,
): void {
  const secret = h('code', { class: 'secret', tabindex: '0', 'data-testid': testId }, password);
  replaceChildren(
    box,
    h('p', {}, t('users.passwordOnce', { email })),
    secret,
    h(
      'button',
      { type: 'button', onclick: () => void navigator.clipboard?.writeText(password) },
      t('users.copy'),
    ),
  );
  box.hidden = false;
  secret.focus();
}

/** Use once per Users page; `setAgencies` refreshes the picker when agencies change. */
export function createUserForm(onCreated: () => void): {
  element: HTMLElement;
  setAgencies(agencies: Agency[]): void;
} {
  // Limits as the API's (server/accounts/limits.ts), checked without cutting pasted text.
  const email = h('input', { id: 'user-email', type: 'email', required: true });
  const name = h('input', { id: 'user-name', required: true });
  const agency = h('select', { id: 'user-agency' });
  agencyOptions(agency, [], t('users.noAgency'));
  const admin = h('input', { id: 'user-admin', type: 'checkbox' });
  const submit = h('button', { type: 'submit' }, t('users.create'));
  const feedback = formFeedback('create-user', { email, name, agency, isAdmin: admin });
  const once = h('div', { class: 'token-once', hidden: true });
  const form = h(
    'form',
    { class: 'card form', 'aria-labelledby': 'create-user-title' },
    h('h2', { id: 'create-user-title' }, t('users.createTitle')),
    h('label', { for: 'user-email' }, t('users.createEmail')),
    ...limited(email, 254),
    h('label', { for: 'user-name' }, t('users.createName')),
    ...limited(name, 120),
    h('label', { for: 'user-agency' }, t('users.createAgency')),
    agency,
    h('label', { class: 'check', for: 'user-admin' }, admin, t('users.createAdmin')),
    submit,
    feedback.element,
    once,
  );

  // What the last attempt said goes as soon as the next one starts, also when the browser's
  // own checks (an empty field) stop it before it is sent. The password box stays until the
  // next user is created: it is the only time that password is shown.
  form.addEventListener('input', () => feedback.clear());
  form.addEventListener('invalid', () => feedback.clear(), true);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // A new attempt: the last message and the last user's password box go, whatever happens next.
    feedback.clear();
    once.hidden = true;
    once.replaceChildren();
    submit.disabled = true;
    void createUser({
      email: email.value.trim(),
      name: name.value.trim(),
      agency: agency.value || undefined,
      isAdmin: admin.checked,
    }).then((result) => {
      submit.disabled = false;
      if (!result.ok) return feedback.fail(result);
      const created = result.data;
      form.reset();
      feedback.ok(t('users.created', { email: created.email }));
      // The generated password exists only in this answer: show it once, never keep it.
      if (created.password)
        showPasswordOnce(once, created.email, created.password, 'generated-password');
      onCreated();
    });
  });
  return {
    element: form,
    setAgencies: (agencies) => agencyOptions(agency, agencies, t('users.noAgency')),
  };
}

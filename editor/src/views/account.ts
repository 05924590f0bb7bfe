// The account page: profile (name; agency for admins), password change, personal API tokens.
import {
  changePassword,
  createToken,
  listAgencies,
  listTokens,
  revokeToken,
  updateMe,
} from '../api/endpoints.ts';
import type { ApiProblem } from '../api/http.ts';
import type { ApiToken } from '../api/schemas.ts';
import { t } from '../i18n/index.ts';
import type { View } from '../router.ts';
import { me, setMe } from '../session.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { shortDate } from '../ui/dates.ts';
import { messageBox, pageFrame, showMessage } from '../ui/layout.ts';
import { limited } from '../ui/length-guard.ts';

function problemText(problem: ApiProblem): string {
  if (problem.status === 0) return t('error.offline');
  const fields = problem.errors.map((e) => `${e.field}: ${e.message}`).join(' ');
  return fields || problem.detail || problem.title;
}

/** Admins pick any agency; everyone else sees theirs, since only an admin may change it. */
function agencyField(): { field: HTMLElement[]; value: () => { agency?: string | null } } {
  const user = me();
  if (!user?.isAdmin) {
    const shown = user?.agency
      ? `${user.agency.name} (${user.agency.code})`
      : t('account.noAgency');
    return {
      field: [
        h('p', { id: 'profile-agency' }, t('account.agencyIs', { agency: shown })),
        h('p', { class: 'hint' }, t('account.agencyByAdmin')),
      ],
      value: () => ({}),
    };
  }
  const agency = h(
    'select',
    { id: 'profile-agency' },
    h('option', { value: '' }, t('account.noAgency')),
  );
  void listAgencies().then((result) => {
    if (!result.ok) return;
    for (const a of result.data) {
      const option = h('option', { value: a.code }, a.name);
      option.selected = user.agency?.code === a.code;
      agency.append(option);
    }
  });
  return {
    field: [h('label', { for: 'profile-agency' }, t('account.agency')), agency],
    value: () => ({ agency: agency.value || null }),
  };
}

function profileForm(): HTMLElement {
  const user = me();
  const name = h('input', {
    id: 'profile-name',
    required: true,
    value: user?.name ?? '',
  });
  const agency = agencyField();
  const message = messageBox();
  const form = h(
    'form',
    { class: 'card form', 'aria-labelledby': 'profile-title' },
    h('h2', { id: 'profile-title' }, t('account.profile')),
    h('p', {}, t('account.email', { email: user?.email ?? '' })),
    h('label', { for: 'profile-name' }, t('account.name')),
    ...limited(name, 120),
    ...agency.field,
    message,
    h('button', { type: 'submit' }, t('account.save')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void updateMe({ name: name.value, ...agency.value() }).then((result) => {
      if (!result.ok) return showMessage(message, 'error', problemText(result));
      setMe(result.data);
      showMessage(message, 'ok', t('account.saved'));
    });
  });
  return form;
}

function passwordForm(): HTMLElement {
  const current = h('input', {
    id: 'current-password',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
  });
  const next = h('input', {
    id: 'new-password',
    type: 'password',
    autocomplete: 'new-password',
    required: true,
    minlength: 12,
  });
  const message = messageBox();
  const form = h(
    'form',
    { class: 'card form', 'aria-labelledby': 'password-title' },
    h('h2', { id: 'password-title' }, t('account.password')),
    h('label', { for: 'current-password' }, t('account.currentPassword')),
    current,
    h('label', { for: 'new-password' }, t('account.newPassword')),
    next,
    h('p', { class: 'hint' }, t('account.passwordHint')),
    message,
    h('button', { type: 'submit' }, t('account.changePassword')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void changePassword(current.value, next.value).then((result) => {
      if (!result.ok) return showMessage(message, 'error', problemText(result));
      form.reset();
      showMessage(message, 'ok', t('account.passwordChanged'));
    });
  });
  return form;
}

function tokenSection(): HTMLElement {
  const list = h('ul', { class: 'tokens' });
  const message = messageBox();
  const revealed = h('div', { class: 'token-once', hidden: true });
  const name = h('input', { id: 'token-name', required: true });

  const row = (token: ApiToken): HTMLElement =>
    h(
      'li',
      {},
      h('span', { class: 'token-name' }, token.name),
      h(
        'span',
        { class: 'hint' },
        token.lastUsedAt
          ? t('account.tokenUsed', { when: shortDate(token.lastUsedAt) })
          : t('account.tokenUnused'),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'danger',
          'aria-label': t('account.revokeNamed', { name: token.name }),
          onclick: () => {
            if (!confirm(t('account.revokeConfirm', { name: token.name }))) return;
            void revokeToken(token.id).then((result) => {
              if (!result.ok) return showMessage(message, 'error', problemText(result));
              showMessage(message, 'ok', t('account.revoked', { name: token.name }));
              void refresh();
            });
          },
        },
        t('account.revoke'),
      ),
    );

  async function refresh(): Promise<void> {
    const result = await listTokens();
    if (!result.ok) return showMessage(message, 'error', problemText(result));
    if (result.data.tokens.length === 0)
      replaceChildren(list, h('li', { class: 'empty' }, t('account.noTokens')));
    else replaceChildren(list, ...result.data.tokens.map(row));
  }

  const form = h(
    'form',
    { class: 'inline-form' },
    h('label', { for: 'token-name' }, t('account.tokenName')),
    ...limited(name, 100),
    h('button', { type: 'submit' }, t('account.createToken')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void createToken(name.value).then((result) => {
      if (!result.ok) return showMessage(message, 'error', problemText(result));
      form.reset();
      // The secret exists only in this answer: show it once, never store it.
      const secret = h('code', { class: 'secret', tabindex: '0' }, result.data.token);
      replaceChildren(
        revealed,
        h('p', {}, t('account.tokenOnce', { name: result.data.name })),
        secret,
        h(
          'button',
          {
            type: 'button',
            onclick: () => void navigator.clipboard?.writeText(result.data.token),
          },
          t('account.copy'),
        ),
      );
      revealed.hidden = false;
      secret.focus();
      void refresh();
    });
  });
  void refresh();
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'tokens-title' },
    h('h2', { id: 'tokens-title' }, t('account.tokens')),
    h('p', { class: 'hint' }, t('account.tokensHint')),
    form,
    revealed,
    message,
    list,
  );
}

/** Use as the view for /edit/account. */
export const accountView: View = ({ root }) => {
  const main = pageFrame(root);
  replaceChildren(
    main,
    h('h1', {}, t('account.title')),
    profileForm(),
    passwordForm(),
    tokenSection(),
  );
};

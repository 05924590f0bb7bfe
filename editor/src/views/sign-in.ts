// The sign-in page: email and password; on success, back to where the user was going.
import { signIn } from '../api/endpoints.ts';
import { t } from '../i18n/index.ts';
import { navigate } from '../navigation.ts';
import type { View } from '../router.ts';
import { setMe } from '../session.ts';
import { h } from '../ui/dom.ts';
import { messageBox, showMessage } from '../ui/layout.ts';

/**
 * Use as the view for /edit/sign-in (?next= names the page to return to; ?ended=1 when an
 * open draft's session was ended elsewhere: signed out, password changed, account disabled).
 */
export const signInView: View = ({ root }) => {
  const query = new URLSearchParams(location.search);
  const next = query.get('next') ?? '';
  const ended = query.get('ended') === '1';
  const email = h('input', {
    id: 'email',
    name: 'email',
    type: 'email',
    autocomplete: 'username',
    required: true,
  });
  const password = h('input', {
    id: 'password',
    name: 'password',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
  });
  const message = messageBox();
  const submit = h('button', { type: 'submit' }, t('signIn.submit'));
  const form = h(
    'form',
    { class: 'card form' },
    h('h1', {}, t('signIn.title')),
    h('label', { for: 'email' }, t('signIn.email')),
    email,
    h('label', { for: 'password' }, t('signIn.password')),
    password,
    message,
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit.disabled = true;
    void signIn(email.value, password.value).then((result) => {
      submit.disabled = false;
      if (!result.ok) {
        showMessage(
          message,
          'error',
          result.status === 401
            ? t('signIn.wrong')
            : result.status === 0
              ? t('error.offline')
              : result.detail || result.title,
        );
        return;
      }
      setMe(result.data);
      // Only same-app paths: ?next= must not send the user elsewhere.
      navigate(/^[a-z0-9/_-]*$/i.test(next) ? next : '', { replace: true });
    });
  });
  root.replaceChildren(h('main', { id: 'main', class: 'narrow center' }, form));
  if (ended) {
    // Say why, and keep the keys of someone still typing out of the Email field.
    showMessage(message, 'error', t('signIn.ended'));
    message.tabIndex = -1;
    message.focus();
  } else email.focus();
};

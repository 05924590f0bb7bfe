// The link dialog: an address (http, https or mailto only); empty removes the link.
import { t } from '../i18n/index.ts';
import { openDialog } from '../ui/dialog.ts';
import { h } from '../ui/dom.ts';
import { messageBox, showMessage } from '../ui/layout.ts';

/** Use from the link button: onSubmit returns false to keep the dialog open (unsafe address). */
export function openLinkDialog(
  current: string,
  onSubmit: (href: string) => boolean,
  onClose: () => void,
): void {
  const dialog = openDialog(t('link.title'), onClose);
  const input = h('input', {
    id: 'link-href',
    type: 'text',
    inputmode: 'url',
    value: current,
    placeholder: 'https://',
  });
  const message = messageBox();
  const form = h(
    'form',
    { class: 'form', method: 'dialog' },
    h('label', { for: 'link-href' }, t('link.address')),
    input,
    h('p', { class: 'hint' }, t('link.hint')),
    message,
    h(
      'div',
      { class: 'dialog-actions' },
      h('button', { type: 'button', onclick: () => dialog.close() }, t('dialog.cancel')),
      h('button', { type: 'submit' }, t('link.apply')),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (onSubmit(input.value)) dialog.close();
    else showMessage(message, 'error', t('link.unsafe'));
  });
  dialog.body.append(form);
  input.focus();
  input.select();
}

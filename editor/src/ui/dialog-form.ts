// A dialog holding one form: its fields, a submit and a Cancel button, and the server's
// refusal in words; it closes when the change is saved.
import type { ApiResult } from '../api/http.ts';
import { t } from '../i18n/index.ts';
import type { DialogHandle } from './dialog.ts';
import { h } from './dom.ts';
import { problemText } from './problem-text.ts';

/** Use inside an openDialog: `save` sends the change; `saved` runs after it succeeded. */
export function dialogForm(
  dialog: DialogHandle,
  fields: (Node | null)[],
  submitLabel: string,
  save: () => Promise<ApiResult<unknown>>,
  saved: () => void,
): HTMLFormElement {
  const error = h('p', { class: 'message error', role: 'alert', hidden: true });
  const form = h(
    'form',
    { class: 'form' },
    ...fields,
    error,
    h(
      'div',
      { class: 'dialog-actions' },
      h('button', { type: 'submit' }, submitLabel),
      h(
        'button',
        { type: 'button', class: 'secondary', onclick: () => dialog.close() },
        t('dialog.cancel'),
      ),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // A new attempt: the last refusal goes.
    error.hidden = true;
    void save().then((result) => {
      if (!result.ok) {
        error.textContent = problemText(result);
        error.hidden = false;
        return;
      }
      saved();
      dialog.close();
    });
  });
  dialog.body.append(form);
  return form;
}

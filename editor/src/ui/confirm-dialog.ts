// A confirmation dialog on the app's <dialog>: a question, an optional required reason, Confirm/Cancel.
import { t } from '../i18n/index.ts';
import { openDialog } from './dialog.ts';
import { h } from './dom.ts';
import { limited } from './length-guard.ts';

export interface ConfirmOptions {
  title: string;
  question: string;
  confirmLabel: string;
  /** When set, a required text field with this label; its value is returned. */
  reasonLabel?: string;
  danger?: boolean;
}

/** Use before any consequential admin action; resolves null when cancelled. */
export function confirmAction(options: ConfirmOptions): Promise<{ reason: string } | null> {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  return new Promise((resolve) => {
    let answer: { reason: string } | null = null;
    const dialog = openDialog(options.title, () => {
      opener?.focus();
      resolve(answer);
    });
    const reason = options.reasonLabel
      ? h('textarea', { id: 'confirm-reason', required: true, rows: 3 })
      : null;
    const form = h(
      'form',
      { class: 'form' },
      h('p', {}, options.question),
      reason ? h('label', { for: 'confirm-reason' }, options.reasonLabel) : null,
      ...(reason ? limited(reason, 2000) : []),
      h(
        'div',
        { class: 'dialog-actions' },
        h('button', { type: 'button', onclick: () => dialog.close() }, t('dialog.cancel')),
        h(
          'button',
          { type: 'submit', class: options.danger ? 'danger' : null },
          options.confirmLabel,
        ),
      ),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = reason?.value.trim() ?? '';
      if (reason && !text) return reason.focus();
      answer = { reason: text };
      dialog.close();
    });
    dialog.body.append(form);
    (reason ?? form.querySelector('button[type=submit]'))?.focus();
  });
}

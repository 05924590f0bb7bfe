// A modal dialog on the native <dialog> element: focus is trapped and Escape closes it.
import { h } from './dom.ts';

export interface DialogHandle {
  element: HTMLDialogElement;
  body: HTMLElement;
  close(): void;
}

/**
 * Use for every modal: builds a titled <dialog>, shows it, and calls onClose (after the
 * dialog is gone) so the caller can return focus to the editor.
 */
export function openDialog(title: string, onClose: () => void = () => undefined): DialogHandle {
  const titleId = `dialog-title-${Math.random().toString(36).slice(2, 8)}`;
  const body = h('div', { class: 'dialog-body' });
  const element = h(
    'dialog',
    { class: 'dialog', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, title),
    body,
  );
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    element.close();
  };
  element.addEventListener('close', () => {
    closed = true;
    element.remove();
    onClose();
  });
  document.body.append(element);
  element.showModal();
  return { element, body, close };
}

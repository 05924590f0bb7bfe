// Small form pieces the comments panel shares: labelled fields, selects, error line.
import { t, type MessageKey } from '../i18n/index.ts';
import { h } from '../ui/dom.ts';
import { limited } from '../ui/length-guard.ts';

/** The longest text the server accepts in a comment, proposed change, reply or observation. */
export const MAX_COMMENT_TEXT = 20_000;

let counter = 0;
/** Use for unique element ids inside the panel (label ↔ control). */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/**
 * Use for a labelled textarea of the panel. Its length is limited like the server's, without
 * maxlength (which cuts pasted text silently): see ui/length-guard.ts.
 */
export function textArea(
  label: string,
  options: { required?: boolean; value?: string; rows?: number; name: string },
): { field: HTMLElement; input: HTMLTextAreaElement } {
  const id = uid(`review-${options.name}`);
  const input = h('textarea', {
    id,
    name: options.name,
    rows: options.rows ?? 3,
    required: options.required ?? false,
  });
  input.value = options.value ?? '';
  return {
    field: h(
      'div',
      { class: 'field' },
      h('label', { for: id }, label),
      ...limited(input, MAX_COMMENT_TEXT),
    ),
    input,
  };
}

/** Use for a labelled select over message-keyed options. */
export function select(
  label: string,
  name: string,
  options: { value: string; label: string }[],
  value = '',
): { field: HTMLElement; input: HTMLSelectElement } {
  const id = uid(`review-${name}`);
  const input = h(
    'select',
    { id, name },
    ...options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)),
  );
  return { field: h('div', { class: 'field' }, h('label', { for: id }, label), input), input };
}

/** Use for options named by message keys with a common prefix: review.type.general … */
export function keyed(
  prefix: string,
  values: readonly string[],
): { value: string; label: string }[] {
  return values.map((value) => ({ value, label: t(`${prefix}.${value}` as MessageKey) }));
}

/** Use for the error line of a form (announced to screen readers). */
export function errorLine(): { element: HTMLElement; show(text: string): void } {
  const element = h('p', { class: 'message error', role: 'alert', hidden: true });
  return {
    element,
    show(text: string) {
      element.textContent = text;
      element.hidden = text === '';
    },
  };
}

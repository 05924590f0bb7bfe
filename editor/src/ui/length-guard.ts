// A text box that never drops words: no maxlength truncation; from 80 % of the limit a live
// count shows under it, and text over the limit stays in the box, says how much is too much,
// and makes the box invalid so its form cannot be submitted until the text is shortened.
import { t } from '../i18n/index.ts';
import { addDescription, h } from './dom.ts';
import { measureText, type TextLength } from './text-limit.ts';

function counterText(length: TextLength): string {
  const params = {
    count: length.count.toLocaleString(),
    max: length.max.toLocaleString(),
    over: length.over.toLocaleString(),
  };
  return length.state === 'over' ? t('form.tooLong', params) : t('form.charCount', params);
}

let shared: HTMLElement | null = null;

/**
 * One polite live region for every guarded box of the page, in the body from the first guard
 * on (a region must exist before its text changes to be read out). It says once that a text
 * became too long or fits again, not every keystroke.
 */
function pageAnnouncer(): HTMLElement {
  if (!shared?.isConnected) {
    shared = h('span', { class: 'visually-hidden', role: 'status', id: 'length-announcer' });
    document.body.append(shared);
  }
  return shared;
}

/**
 * The count line of a limited text box (linked with aria-describedby), kept up to date as the
 * box is typed in; `max` is the server's limit. Place it with `limited`.
 */
function guardLength(
  input: HTMLTextAreaElement | HTMLInputElement,
  id: string,
  max: number,
): HTMLElement {
  const element = h('p', { class: 'char-count', id, hidden: true });
  const wrapper = h('div', { class: 'char-limit' }, element);
  const announcer = pageAnnouncer();
  addDescription(input, id);
  let wasOver = false;
  const update = (): void => {
    const length = measureText(input.value, max);
    element.hidden = length.state === 'quiet';
    element.textContent = element.hidden ? '' : counterText(length);
    element.classList.toggle('over', length.state === 'over');
    const isOver = length.state === 'over';
    input.setCustomValidity(isOver ? counterText(length) : '');
    if (isOver) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    if (isOver !== wasOver) {
      announcer.textContent = isOver ? counterText(length) : t('form.fitsAgain');
      wasOver = isOver;
    }
  };
  input.addEventListener('input', update);
  update();
  return wrapper;
}

/**
 * Use for every text box with a length limit, in place of maxlength (which cuts pasted text
 * silently): returns the box, then its count line, to place together in a form. The box needs
 * an id (the count line's id derives from it); set its value before calling.
 */
export function limited<T extends HTMLInputElement | HTMLTextAreaElement>(
  input: T,
  max: number,
): [T, HTMLElement] {
  return [input, guardLength(input, `${input.id}-count`, max)];
}

// A text box that never drops words: no maxlength truncation; from 80 % of the limit a live
// count shows under it, and text over the limit stays in the box, says how much is too much,
// and makes the box invalid so its form cannot be submitted until the text is shortened.
import { t } from '../i18n/index.ts';
import { h } from '../ui/dom.ts';
import { measureText, type TextLength } from './text-limit.ts';

function counterText(length: TextLength): string {
  const params = {
    count: length.count.toLocaleString(),
    max: length.max.toLocaleString(),
    over: length.over.toLocaleString(),
  };
  return length.state === 'over' ? t('review.tooLong', params) : t('review.charCount', params);
}

/**
 * Use for every limited textarea of the panel: returns the count line to put under it (linked
 * with aria-describedby). Call `update()` after setting the value from code.
 */
export function guardLength(
  input: HTMLTextAreaElement,
  id: string,
): { element: HTMLElement; update(): void } {
  const element = h('p', { class: 'char-count', id, hidden: true });
  // Said once when the text becomes too long (or fits again), not on every keystroke.
  const announcer = h('span', { class: 'visually-hidden', role: 'status' });
  const wrapper = h('div', { class: 'char-limit' }, element, announcer);
  input.setAttribute('aria-describedby', id);
  let wasOver = false;
  const update = (): void => {
    const length = measureText(input.value);
    element.hidden = length.state === 'quiet';
    element.textContent = element.hidden ? '' : counterText(length);
    element.classList.toggle('over', length.state === 'over');
    const isOver = length.state === 'over';
    input.setCustomValidity(isOver ? counterText(length) : '');
    if (isOver) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    if (isOver !== wasOver) {
      announcer.textContent = isOver ? counterText(length) : t('review.fitsAgain');
      wasOver = isOver;
    }
  };
  input.addEventListener('input', update);
  update();
  return { element: wrapper, update };
}

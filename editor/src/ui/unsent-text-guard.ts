// Warn before leaving the page while a form holds text that was typed but not sent (a comment,
// a reply, an observation): a reload would lose it silently.
import { askBeforeLeaving } from './leave-guard.ts';

/**
 * Use once per area holding such forms: while any textarea inside `area` differs from the
 * text it was opened with, closing or reloading the tab asks first. Returns the remover.
 */
export function guardUnsentText(area: HTMLElement): () => void {
  return askBeforeLeaving(() =>
    [...area.querySelectorAll('textarea')].some(
      (box) => box.value.trim() !== '' && box.value !== box.defaultValue,
    ),
  );
}

// Warn before leaving the page while a form holds text that was typed but not sent (a comment,
// a reply, an observation): a reload would lose it silently.

/**
 * Use once per area holding such forms: while any textarea inside `area` differs from the
 * text it was opened with, closing or reloading the tab asks first. Returns the remover.
 */
export function guardUnsentText(area: HTMLElement): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent): void => {
    const typed = [...area.querySelectorAll('textarea')].some(
      (box) => box.value.trim() !== '' && box.value !== box.defaultValue,
    );
    if (!typed) return;
    event.preventDefault();
    // Older browsers need returnValue set to show the prompt.
    event.returnValue = '';
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}

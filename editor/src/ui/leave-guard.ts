// Ask before the tab closes or reloads while something would be lost.

/** Use to ask before leaving the page whenever `wouldLose()` is true; returns the remover. */
export function askBeforeLeaving(wouldLose: () => boolean): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!wouldLose()) return;
    event.preventDefault();
    // Older browsers need returnValue set to show the prompt.
    event.returnValue = '';
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}

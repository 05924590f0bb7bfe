// Ask before leaving the page while something would be lost: closing or reloading the tab,
// and changing page inside the app (which destroys the draft's connection just the same).
import { t } from '../i18n/index.ts';
import { confirmAction } from './confirm-dialog.ts';

const guards = new Set<() => boolean>();

/** Use to ask before leaving the page whenever `wouldLose()` is true; returns the remover. */
export function askBeforeLeaving(wouldLose: () => boolean): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!wouldLose()) return;
    event.preventDefault();
    // Older browsers need returnValue set to show the prompt.
    event.returnValue = '';
  };
  guards.add(wouldLose);
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    guards.delete(wouldLose);
    window.removeEventListener('beforeunload', onBeforeUnload);
  };
}

/** Use before an in-app page change: true when nothing would be lost or the user chose to leave. */
export async function mayLeavePage(): Promise<boolean> {
  if (![...guards].some((wouldLose) => wouldLose())) return true;
  const answer = await confirmAction({
    title: t('leave.title'),
    question: t('leave.question'),
    confirmLabel: t('leave.confirm'),
    danger: true,
  });
  return answer !== null;
}

// Warn before closing the tab while changes have not reached the server.
import type { Connection } from './connection.ts';

/** Use once per draft; returns the function that removes the guard. */
export function guardUnsyncedChanges(connection: Connection): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent): void => {
    const state = connection.state();
    const unsynced =
      connection.provider.hasUnsyncedChanges || (state.kind === 'offline' && state.unsynced > 0);
    if (!unsynced) return;
    event.preventDefault();
    // Older browsers need returnValue set to show the prompt.
    event.returnValue = '';
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}

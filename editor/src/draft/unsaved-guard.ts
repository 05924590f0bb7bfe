// Warn before closing the tab while changes have not reached the server.
import { askBeforeLeaving } from '../ui/leave-guard.ts';
import type { Connection } from './connection.ts';

/** Use once per draft; returns the function that removes the guard. */
export function guardUnsyncedChanges(connection: Connection): () => void {
  return askBeforeLeaving(() => {
    const state = connection.state();
    return (
      connection.provider.hasUnsyncedChanges || (state.kind === 'offline' && state.unsynced > 0)
    );
  });
}

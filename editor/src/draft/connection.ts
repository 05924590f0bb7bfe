// The socket to the draft: HocuspocusProvider with a fresh single-use token on every (re)connect.
import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { SCHEMA_VERSION } from '../../../model/index.ts';
import { socketToken } from '../api/endpoints.ts';
import { reconnect } from './reconnect.ts';

export type ConnectionState =
  | { kind: 'connecting' }
  | { kind: 'connected'; unsynced: number; synced: boolean }
  | { kind: 'offline'; unsynced: number }
  | {
      kind: 'refused';
      reason: 'reload' | 'unauthorized' | 'forbidden' | 'read-only' | 'other';
      message: string;
      /** For 'read-only': local changes the server will never take. */
      unsaved?: number;
    };

export interface Connection {
  provider: HocuspocusProvider;
  ydoc: Y.Doc;
  state(): ConnectionState;
  /** Called on every state change; returns the unsubscribe function. */
  onChange(listener: (state: ConnectionState) => void): () => void;
  destroy(): void;
}

/** The collaboration socket URL of this origin, with our schema version (the server checks it). */
export function collabUrl(): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/collab?schema=${encodeURIComponent(String(SCHEMA_VERSION))}`;
}

function refusalReason(reason: string): 'reload' | 'unauthorized' | 'forbidden' | 'other' {
  const r = reason.toLowerCase();
  if (r.includes('reload')) return 'reload';
  if (r.includes('sign in') || r.includes('unauthor')) return 'unauthorized';
  if (r.includes('access') || r.includes('forbidden')) return 'forbidden';
  return 'other';
}

/**
 * Use to open a draft: connects, authenticates with a socket token from the API, tracks
 * connected / offline (with unsynced changes) / saved, and stops retrying once refused.
 */
export function openConnection(documentName: string, options: { readOnly: boolean }): Connection {
  const ydoc = new Y.Doc();
  const listeners = new Set<(state: ConnectionState) => void>();
  let current: ConnectionState = { kind: 'connecting' };
  let refused = false;

  const set = (next: ConnectionState): void => {
    current = next;
    for (const listener of listeners) listener(next);
  };

  const provider = new HocuspocusProvider({
    url: collabUrl(),
    name: documentName,
    document: ydoc,
    token: async () => {
      const result = await socketToken();
      if (!result.ok) throw new Error(result.status === 401 ? 'Sign in again.' : result.title);
      return result.data.token;
    },
  });

  // Set when the browser reported going offline and we dropped the socket. Closing a socket
  // waits for the server's reply, which cannot come offline, so its status stays "connected"
  // for a long while: without this flag the draft would show "All changes saved" offline.
  let droppedOffline = false;

  const refresh = (): void => {
    if (refused) return;
    // The server never acknowledges a read-only client's sync messages: nothing to save.
    const unsynced = options.readOnly ? 0 : provider.unsyncedChanges;
    if (
      !droppedOffline &&
      provider.configuration.websocketProvider.status === WebSocketStatus.Connected &&
      provider.isAuthenticated
    )
      set({ kind: 'connected', unsynced, synced: provider.isSynced && unsynced === 0 });
    else if (droppedOffline || navigator.onLine === false || current.kind !== 'connecting')
      set({ kind: 'offline', unsynced: countOfflineChanges() });
    else set({ kind: 'connecting' });
  };

  // While disconnected the provider still counts every local update it could not send.
  let offlineChanges = 0;
  const countOfflineChanges = (): number => Math.max(offlineChanges, provider.unsyncedChanges);
  ydoc.on('update', (_update: Uint8Array, origin: unknown) => {
    const unsent = droppedOffline || !provider.isAuthenticated;
    if (origin !== provider && unsent && !options.readOnly) offlineChanges += 1;
  });

  provider.on('authenticated', ({ scope }: { scope?: string }) => {
    // Our role was lowered while the draft was open (the server reconnected us with the new
    // rights): edits would be dropped without a word, so stop and say so.
    if (scope === 'readonly' && !options.readOnly) {
      const unsaved = Math.max(provider.unsyncedChanges, offlineChanges);
      refused = true;
      provider.configuration.websocketProvider.disconnect();
      set({ kind: 'refused', reason: 'read-only', message: '', unsaved });
      return;
    }
    droppedOffline = false;
    offlineChanges = 0;
    refresh();
  });
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
    const kind = refusalReason(reason);
    // A refused token is final for reload and forbidden; unauthorized means the session ended.
    refused = true;
    provider.configuration.websocketProvider.disconnect();
    set({ kind: 'refused', reason: kind, message: reason });
  });
  provider.on('status', refresh);
  provider.on('synced', refresh);
  provider.on('unsyncedChanges', refresh);
  provider.on('disconnect', refresh);

  // Browsers keep a WebSocket open across "offline"; drop it so edits queue visibly, and reconnect on return.
  const goOffline = (): void => {
    droppedOffline = true;
    provider.configuration.websocketProvider.disconnect();
    refresh();
  };
  // The flag stays until the provider authenticates on a new socket: the old one may still
  // report "connected" while it closes.
  const goOnline = (): void => {
    if (!refused) reconnect(provider.configuration.websocketProvider);
  };
  window.addEventListener('offline', goOffline);
  window.addEventListener('online', goOnline);

  return {
    provider,
    ydoc,
    state: () => current,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
      listeners.clear();
      provider.destroy();
      ydoc.destroy();
    },
  };
}

// The connection status: connected / offline with unsynced changes / saved, announced politely.
import { plural, t } from '../i18n/index.ts';
import { h } from '../ui/dom.ts';
import type { Connection, ConnectionState } from './connection.ts';

const SAVING_AFTER_MS = 400;

/** Use to phrase a connection state for people; `readOnly` for reviewers and observers, who save nothing. */
export function statusText(state: ConnectionState, readOnly = false): string {
  switch (state.kind) {
    case 'connecting':
      return t('status.connecting');
    case 'connected':
      if (state.unsynced > 0) return t('status.saving');
      if (!state.synced) return t('status.connected');
      return readOnly ? t('status.upToDate') : t('status.saved');
    case 'offline':
      if (state.unsynced === 0) return t('status.offline');
      return plural(state.unsynced, 'status.offlineUnsyncedOne', 'status.offlineUnsynced');
    case 'refused':
      return state.reason === 'reload'
        ? t('status.reload')
        : state.reason === 'unauthorized'
          ? t('status.signedOut')
          : state.reason === 'forbidden'
            ? t('status.forbidden')
            : state.reason === 'read-only'
              ? t('status.readOnlyNow')
              : t('status.refused', { reason: state.message });
  }
}

/** Use once per draft: a status pill that follows the connection. */
export function createStatusIndicator(connection: Connection, readOnly = false) {
  const element = h('p', {
    class: 'status',
    role: 'status',
    'aria-live': 'polite',
    'data-state': 'connecting',
  });
  let last = '';
  let shownKind = '';
  let pending: ReturnType<typeof setTimeout> | null = null;
  const show = (text: string): void => {
    // Only touch the live region when the words change, so screen readers are not flooded.
    if (text !== last) {
      last = text;
      element.textContent = text;
    }
  };
  const render = (state: ConnectionState): void => {
    const text = statusText(state, readOnly);
    const kind =
      state.kind === 'connected' && state.unsynced === 0 && state.synced ? 'saved' : state.kind;
    if (kind !== shownKind) {
      shownKind = kind;
      element.setAttribute('data-state', kind);
    }
    if (pending) clearTimeout(pending);
    pending = null;
    // Every keystroke is saved within moments: "Saving…" only when it takes a while, so the
    // words do not flicker (and re-lay out the header) twice per key.
    if (state.kind === 'connected' && state.unsynced > 0)
      pending = setTimeout(() => show(text), SAVING_AFTER_MS);
    else show(text);
  };
  render(connection.state());
  const unsubscribe = connection.onChange(render);
  return {
    element,
    destroy: () => {
      if (pending) clearTimeout(pending);
      unsubscribe();
    },
  };
}

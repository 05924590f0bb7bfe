import { describe, expect, it } from 'vitest';
import { statusText } from './status-indicator.ts';

describe('statusText: the connection status in words', () => {
  it('counts unsynced changes offline, singular and plural', () => {
    expect(statusText({ kind: 'offline', unsynced: 0 })).toBe('Offline');
    expect(statusText({ kind: 'offline', unsynced: 1 })).toBe(
      'Offline — 1 unsynced change kept in this tab',
    );
    expect(statusText({ kind: 'offline', unsynced: 3 })).toBe(
      'Offline — 3 unsynced changes kept in this tab',
    );
  });

  it('says saved only when connected, synced and nothing is pending', () => {
    expect(statusText({ kind: 'connected', unsynced: 0, synced: true })).toBe('All changes saved');
    expect(statusText({ kind: 'connected', unsynced: 2, synced: true })).toBe('Saving…');
    expect(statusText({ kind: 'connected', unsynced: 0, synced: false })).toBe('Connected');
  });

  it('tells reviewers and observers the text is up to date, not that their changes are saved', () => {
    expect(statusText({ kind: 'connected', unsynced: 0, synced: true }, true)).toBe(
      'Up to date (read only)',
    );
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCodes } from '../../server/collab/index.ts';
import {
  connectClient,
  textOf,
  waitFor,
  waitForAcknowledged,
  type TestClient,
} from '../helpers/collab-clients.ts';
import { startCollabServer, type CollabTestServer } from '../helpers/collab-server.ts';

describe('when appending to the store fails', () => {
  const clients: TestClient[] = [];
  let server: CollabTestServer | undefined;
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.dispose();
  });

  it('never acknowledges the edit, closes the document and persists it after recovery', async () => {
    server = await startCollabServer();
    const writer = connectClient(server.collabUrl, 'std', 'editor-a');
    const other = connectClient(server.collabUrl, 'std', 'editor-b');
    clients.push(writer, other);
    await waitFor(() => writer.provider.isSynced && other.provider.isSynced, 'synced');
    writer.doc.getText('t').insert(0, 'saved. ');
    await waitForAcknowledged(writer);

    // A real SQLite failure on every append (as a full disk or a broken file would give).
    server.db.exec(`CREATE TRIGGER test_fail_appends BEFORE INSERT ON collab_updates
      BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END`);
    writer.doc.getText('t').insert(7, 'pending.');
    await waitFor(
      () => writer.closeCodes.includes(CloseCodes.storeUnavailable.code),
      'sender closed with store-unavailable',
    );
    expect(writer.provider.unsyncedChanges).toBeGreaterThan(0);
    // Every connection on the document goes, so it reloads from the store.
    await waitFor(
      () => other.closeCodes.includes(CloseCodes.storeUnavailable.code),
      'others closed',
    );

    server.db.exec('DROP TRIGGER test_fail_appends');
    // The provider reconnects and resends what was never acknowledged.
    await waitForAcknowledged(writer, 20_000);
    await waitFor(() => textOf(other.doc) === 'saved. pending.', 'other sees the retried edit');
    const stored = new Y.Doc();
    Y.applyUpdate(stored, server.store.loadState('std')!);
    expect(textOf(stored)).toBe('saved. pending.');
  });
});

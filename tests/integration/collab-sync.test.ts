import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  connectClient,
  textOf,
  waitFor,
  waitForAcknowledged,
  type TestClient,
} from '../helpers/collab-clients.ts';
import { startCollabServer, type CollabTestServer } from '../helpers/collab-server.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { reconnect } from '../../editor/src/draft/reconnect.ts';

describe('collaboration over a real socket', () => {
  const clients: TestClient[] = [];
  const servers: CollabTestServer[] = [];
  const connect = (server: CollabTestServer, doc: string, token: string) => {
    const client = connectClient(server.collabUrl, doc, token);
    clients.push(client);
    return client;
  };
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const server of servers.splice(0)) await server.dispose();
  });

  it('converges two writers on concurrent edits and gives a late joiner the full state', async () => {
    const server = await startCollabServer();
    servers.push(server);
    const a = connect(server, 'std-1', 'editor-a');
    const b = connect(server, 'std-1', 'editor-b');
    await waitFor(() => a.provider.isSynced && b.provider.isSynced, 'both synced');

    // Concurrent: both type before seeing each other's change.
    a.doc.getText('t').insert(0, 'alpha ');
    b.doc.getText('t').insert(0, 'beta ');
    a.doc.getText('t').insert(a.doc.getText('t').length, 'shall');
    await waitForAcknowledged(a);
    await waitForAcknowledged(b);
    await waitFor(
      () => textOf(a.doc) === textOf(b.doc) && textOf(a.doc).length === 16,
      'convergence',
    );

    const late = connect(server, 'std-1', 'reader-late');
    await waitFor(() => late.provider.isSynced, 'late joiner synced');
    expect(textOf(late.doc)).toBe(textOf(a.doc));

    // Every logged update is attributed to the user who sent it.
    const users = new Set(server.store.readLog('std-1').map((row) => row.userId));
    expect(users).toEqual(new Set(['editor-a', 'editor-b']));
  });

  it('accepts a long offline queue flushed on reconnect', async () => {
    const server = await startCollabServer();
    servers.push(server);
    const offline = connect(server, 'std-3', 'editor-a');
    const watcher = connect(server, 'std-3', 'reader-w');
    await waitFor(() => offline.provider.isSynced && watcher.provider.isSynced, 'synced');
    offline.socket.disconnect();
    await waitFor(() => offline.closeCodes.length > 0, 'offline');
    // Each keystroke is queued by the provider and sent right after the auth message.
    for (let i = 0; i < 300; i++) offline.doc.getText('t').insert(i, 'k');
    void offline.socket.connect();
    await waitForAcknowledged(offline, 20_000);
    await waitFor(() => textOf(watcher.doc) === 'k'.repeat(300), 'watcher sees the offline work');
    // Only the deliberate disconnect: the server never closed the socket.
    expect(offline.closeCodes).toHaveLength(1);
  });

  it('reconnects when asked to while the old socket is still closing (a network flap)', async () => {
    const server = await startCollabServer();
    servers.push(server);
    const flapping = connect(server, 'std-4', 'editor-a');
    const watcher = connect(server, 'std-4', 'reader-w');
    await waitFor(() => flapping.provider.isSynced && watcher.provider.isSynced, 'synced');
    for (let round = 0; round < 3; round++) {
      // No await between the two: the close event has not arrived when we reconnect.
      flapping.socket.disconnect();
      flapping.doc.getText('t').insert(0, String(round));
      reconnect(flapping.socket);
      await waitForAcknowledged(flapping, 20_000);
    }
    await waitFor(() => textOf(watcher.doc) === '210', 'watcher sees every edit');
    expect(flapping.closeCodes).toHaveLength(3);
  });

  it('reloads documents from the store after a restart', async () => {
    const dir = tempDir();
    const first = await startCollabServer({ DATA_DIR: dir.path });
    const writer = connectClient(first.collabUrl, 'std-2', 'editor-a');
    await waitFor(() => writer.provider.isSynced, 'synced');
    for (const ch of 'refer the child')
      writer.doc.getText('t').insert(writer.doc.getText('t').length, ch);
    await waitForAcknowledged(writer);
    writer.destroy();
    await first.close();

    const second = await startCollabServer({ DATA_DIR: dir.path });
    servers.push(second);
    const reader = connect(second, 'std-2', 'reader-b');
    await waitFor(() => reader.provider.isSynced, 'synced after restart');
    expect(textOf(reader.doc)).toBe('refer the child');
    const fromStore = new Y.Doc();
    Y.applyUpdate(fromStore, second.store.loadState('std-2')!);
    expect(textOf(fromStore)).toBe('refer the child');
    dir.remove();
  });
});

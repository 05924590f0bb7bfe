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
import { connectRawClient, frames, type RawClient } from '../helpers/collab-raw-client.ts';
import { startCollabServer, type CollabTestServer } from '../helpers/collab-server.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

describe('authentication, read-only and limits', () => {
  const clients: TestClient[] = [];
  const raws: RawClient[] = [];
  const servers: (CollabTestServer | TestServer)[] = [];
  const start = async (env: Record<string, string> = {}) => {
    const server = await startCollabServer(env);
    servers.push(server);
    return server;
  };
  const connect = (server: CollabTestServer, doc: string, token: string, query?: string) => {
    const client = connectClient(server.collabUrl, doc, token, query ? { query } : {});
    clients.push(client);
    return client;
  };
  const raw = async (server: CollabTestServer, doc: string, token: string | null) => {
    const client = await connectRawClient(server.collabUrl, doc, token);
    raws.push(client);
    return client;
  };
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const client of raws.splice(0)) client.close();
    for (const server of servers.splice(0)) await server.dispose();
  });

  it('refuses everyone by default (no authenticator wired)', async () => {
    const server = await startTestServer();
    servers.push(server);
    const url = `${server.url.replace(/^http/, 'ws')}/collab`;
    const client = connectClient(url, 'std', 'editor-a');
    clients.push(client);
    await waitFor(() => client.authFailures.length > 0, 'refusal');
    expect(client.authFailures[0]).toMatch(/^unauthorized: /);
    expect(client.provider.isSynced).toBe(false);
  });

  it('passes the refusal reason and the schema version through to the provider', async () => {
    const server = await start();
    const stranger = connect(server, 'std', 'nobody');
    const oldEditor = connect(server, 'std', 'editor-a', 'schema=old');
    await waitFor(() => stranger.authFailures.length > 0, 'stranger refused');
    await waitFor(() => oldEditor.authFailures.length > 0, 'old editor refused');
    expect(stranger.authFailures[0]).toBe('unauthorized: Sign in again.');
    expect(oldEditor.authFailures[0]).toMatch(/^reload: /);
  });

  it('never lets a read-only connection change the document', async () => {
    const server = await start();
    const writer = connect(server, 'std', 'editor-a');
    await waitFor(() => writer.provider.isSynced, 'writer synced');
    writer.doc.getText('t').insert(0, 'official text');
    await waitForAcknowledged(writer);

    const reader = connect(server, 'std', 'reader-r');
    await waitFor(
      () => reader.provider.isSynced && textOf(reader.doc) === 'official text',
      'reader synced',
    );
    reader.doc.getText('t').insert(0, 'forged ');
    // The server answers the reader's update with "not applied": it stays unsynced.
    await waitFor(() => reader.provider.unsyncedChanges > 0, 'reader change pending');

    writer.doc.getText('t').insert(textOf(writer.doc).length, '.');
    await waitForAcknowledged(writer);
    await waitFor(() => textOf(reader.doc).endsWith('.'), 'reader receives later edits');
    expect(textOf(writer.doc)).toBe('official text.');
    const stored = new Y.Doc();
    Y.applyUpdate(stored, server.store.loadState('std')!);
    expect(textOf(stored)).toBe('official text.');
    expect(server.store.readLog('std').every((row) => row.userId === 'editor-a')).toBe(true);
  });

  it('closes sockets that do not authenticate in time', async () => {
    const server = await start({ ACCORD_AUTH_TIMEOUT_SECONDS: '1' });
    const idle = await raw(server, 'std', null);
    await waitFor(() => idle.closed !== null, 'idle socket closed');
    expect(idle.closed?.code).toBe(CloseCodes.authenticationTimeout.code);
  });

  it('disconnects a user at once, everywhere or on one document', async () => {
    const server = await start();
    const a = connect(server, 'std', 'editor-a');
    const b = connect(server, 'std', 'editor-b');
    await waitFor(() => a.provider.isSynced && b.provider.isSynced, 'synced');
    expect(server.collab.disconnect({ userId: 'editor-a' })).toBe(1);
    await waitFor(() => a.closeCodes.includes(CloseCodes.accessRevoked.code), 'a closed');
    expect(b.closeCodes).toEqual([]);

    const multi = await raw(server, 'doc-1', 'editor-c');
    multi.send(frames.auth('doc-2', 'editor-c'));
    await waitFor(
      () => multi.authScope !== null && server.collab.hocuspocus.getDocumentsCount() >= 2,
      'c on two documents',
    );
    expect(server.collab.disconnect({ userId: 'editor-c', documentName: 'doc-2' })).toBe(1);
    await waitFor(
      () => (server.collab.hocuspocus.documents.get('doc-2')?.getConnectionsCount() ?? 0) === 0,
      'doc-2 closed',
    );
    expect(multi.closed).toBeNull();
    expect(server.collab.hocuspocus.documents.get('doc-1')?.getConnectionsCount()).toBe(1);
  });

  it('caps clients per document and documents per socket', async () => {
    const server = await start({
      ACCORD_MAX_CLIENTS_PER_DOCUMENT: '2',
      ACCORD_MAX_DOCUMENTS_PER_SOCKET: '2',
    });
    const first = connect(server, 'std', 'editor-a');
    const second = connect(server, 'std', 'editor-b');
    await waitFor(() => first.provider.isSynced && second.provider.isSynced, 'two in');
    const third = connect(server, 'std', 'editor-c');
    await waitFor(() => third.authFailures.length > 0, 'third refused');
    expect(third.authFailures[0]).toMatch(/^document-full: /);

    const greedy = await raw(server, 'd1', 'editor-g');
    greedy.send(frames.auth('d2', 'editor-g'));
    greedy.send(frames.auth('d3', 'editor-g'));
    await waitFor(() => greedy.closed !== null, 'greedy closed');
    expect(greedy.closed?.code).toBe(CloseCodes.tooManyDocuments.code);
    expect(first.closeCodes).toEqual([]);
  });

  it('lets awareness speak only as the verified user and only for its own client id', async () => {
    const server = await start();
    const observer = await raw(server, 'std', 'reader-o');
    const speaker = await raw(server, 'std', 'editor-s');
    await waitFor(() => observer.synced && speaker.synced, 'synced');
    speaker.send(
      frames.awareness('std', [
        {
          clientId: 1001,
          clock: 1,
          state: { user: { name: 'Head of Police', color: '#000' }, cursor: null, extra: 'x' },
        },
      ]),
    );
    await waitFor(() => observer.awareness.getStates().has(1001), 'speaker state arrives');
    expect(observer.awareness.getStates().get(1001)).toEqual({
      user: { name: 'Name of editor-s', color: '#0a7' },
      cursor: null,
    });

    // Another connection may neither overwrite nor clear client 1001.
    const impostor = await raw(server, 'std', 'editor-i');
    await waitFor(() => impostor.synced, 'impostor synced');
    impostor.send(
      frames.awareness('std', [{ clientId: 1001, clock: 5, state: { user: { name: 'x' } } }]),
    );
    impostor.send(frames.awareness('std', [{ clientId: 1001, clock: 6, state: null }]));
    impostor.send(frames.awareness('std', [{ clientId: 2002, clock: 1, state: {} }]));
    await waitFor(() => observer.awareness.getStates().has(2002), 'impostor own state arrives');
    expect(observer.awareness.getStates().get(1001)).toEqual({
      user: { name: 'Name of editor-s', color: '#0a7' },
      cursor: null,
    });
    expect(observer.awareness.getStates().get(2002)).toEqual({
      user: { name: 'Name of editor-i', color: '#0a7' },
    });
  });
});

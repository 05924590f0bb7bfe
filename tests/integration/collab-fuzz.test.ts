import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCodes } from '../../server/collab/index.ts';
import {
  connectClient,
  textOf,
  waitFor,
  waitForAcknowledged,
  type TestClient,
} from '../helpers/collab-clients.ts';
import { connectRawClient, frames, Msg, type RawClient } from '../helpers/collab-raw-client.ts';
import { randomBytes, seededRandom } from '../helpers/collab-random.ts';
import { startCollabServer, type CollabTestServer } from '../helpers/collab-server.ts';

const MAX_MESSAGE = 1024 * 1024;
const ourCodes = new Set<number>(Object.values(CloseCodes).map((c) => c.code));

describe('hostile frames', () => {
  let server: CollabTestServer;
  let writer: TestClient;
  const raws: RawClient[] = [];
  const expected = 'Clause 1: identify, protect, refer.';

  const attacker = async (token: string | null, doc = 'std') => {
    const client = await connectRawClient(server.collabUrl, doc, token);
    raws.push(client);
    if (token)
      await waitFor(
        () => client.synced || client.authDenied !== null || client.closed !== null,
        'attacker synced or refused',
      );
    return client;
  };

  /** The server is up, the honest writer is still connected and the document is intact. */
  const assertUnharmed = async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(writer.closeCodes).toEqual([]);
    expect(textOf(writer.doc)).toBe(expected);
    const stored = new Y.Doc();
    Y.applyUpdate(stored, server.store.loadState('std')!);
    expect(textOf(stored)).toBe(expected);
  };

  beforeAll(async () => {
    server = await startCollabServer({ ACCORD_MAX_MESSAGE_BYTES: String(MAX_MESSAGE) });
    writer = connectClient(server.collabUrl, 'std', 'editor-w');
    await waitFor(() => writer.provider.isSynced, 'writer synced');
    writer.doc.getText('t').insert(0, expected);
    await waitForAcknowledged(writer);
  });
  afterAll(async () => {
    for (const client of raws) client.close();
    writer.destroy();
    await server.dispose();
  });

  it('closes sockets sending random bytes, with our codes', async () => {
    const random = seededRandom(20261129);
    for (let round = 0; round < 30; round++) {
      const client = await attacker(round % 2 === 0 ? 'editor-x' : null);
      for (let i = 0; i < 5 && client.closed === null; i++)
        client.send(randomBytes(random, 1 + Math.floor(random() * 300)));
      // Frames that happen to parse as a harmless message leave the socket open; fine.
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (client.closed)
        expect(ourCodes.has(client.closed.code) || client.closed.code === 1002).toBe(true);
    }
    await assertUnharmed();
  });

  it('closes sockets sending truncated valid messages', async () => {
    const source = new Y.Doc();
    source.getText('t').insert(0, 'injected text that must never appear');
    const valid = frames.update('std', Y.encodeStateAsUpdate(source));
    const cuts = [1, 3, 5, Math.floor(valid.length / 2), valid.length - 1];
    for (const cut of cuts) {
      const client = await attacker('editor-x');
      client.send(valid.subarray(0, cut));
      await waitFor(() => client.closed !== null, `closed after cut ${cut}`);
      expect(client.closed?.code).toBe(CloseCodes.malformedMessage.code);
    }
    // A sync frame whose Yjs payload is garbage is refused before Yjs applies it.
    const garbage = await attacker('editor-x');
    garbage.send(frames.update('std', new Uint8Array([5, 200, 1, 7, 7, 7])));
    await waitFor(() => garbage.closed !== null, 'garbage update closed');
    expect(garbage.closed?.code).toBe(CloseCodes.malformedMessage.code);
    await assertUnharmed();
  });

  it('closes sockets sending oversized frames (maxPayload)', async () => {
    const client = await attacker('editor-x');
    client.send(frames.update('std', new Uint8Array(MAX_MESSAGE + 10)));
    await waitFor(() => client.closed !== null, 'oversized closed');
    expect(client.closed?.code).toBe(1009);
    await assertUnharmed();
  });

  it('refuses client-sent BroadcastStateless (opcode 6), before and after auth', async () => {
    const before = await attacker(null);
    before.send(frames.broadcastStateless('std', 'spoofed system notice'));
    const after = await attacker('editor-x');
    let writerGotStateless = false;
    writer.provider.on('stateless', () => (writerGotStateless = true));
    after.send(frames.broadcastStateless('std', 'spoofed system notice'));
    await waitFor(() => before.closed !== null && after.closed !== null, 'both closed');
    expect(before.closed?.code).toBe(CloseCodes.messageTypeNotAllowed.code);
    expect(after.closed?.code).toBe(CloseCodes.messageTypeNotAllowed.code);
    expect(writerGotStateless).toBe(false);
    await assertUnharmed();
  });

  it('keeps read-only connections from changing the document by sync step 2 or update', async () => {
    const reader = await attacker('reader-x');
    expect(reader.authScope).toBe('readonly');
    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(writer.doc));
    forged.getText('t').insert(0, 'FORGED ');
    const diff = Y.encodeStateAsUpdate(forged, Y.encodeStateVector(writer.doc));
    reader.send(frames.syncStep2('std', diff));
    reader.send(frames.update('std', diff));
    // SyncReply (type 4) carries a step 2 as well.
    const reply = encoding.createEncoder();
    encoding.writeVarString(reply, 'std');
    encoding.writeVarUint(reply, Msg.syncReply);
    encoding.writeVarUint(reply, 1);
    encoding.writeVarUint8Array(reply, diff);
    reader.send(encoding.toUint8Array(reply));
    await waitFor(() => reader.acks.refused >= 1, 'refusal acknowledged');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(reader.closed).toBeNull();
    await assertUnharmed();
  });

  it('drops frames for a document whose authentication was refused', async () => {
    const client = await attacker('nobody');
    await waitFor(() => client.authDenied !== null, 'denied');
    const source = new Y.Doc();
    source.getText('t').insert(0, 'unauthenticated write');
    for (let i = 0; i < 200; i++) client.send(frames.update('std', Y.encodeStateAsUpdate(source)));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await assertUnharmed();
  });

  it('closes a socket that floods an unauthenticated document', async () => {
    const client = await attacker(null);
    // Bounded in bytes: 40 frames of 512 KiB pass the 16 MiB pending budget.
    const padding = new Y.Doc();
    padding.getText('t').insert(0, 'x'.repeat(512 * 1024));
    const big = frames.update('std', Y.encodeStateAsUpdate(padding));
    for (let i = 0; i < 40 && client.closed === null; i++) client.send(big);
    await waitFor(() => client.closed !== null, 'flooder closed');
    expect(client.closed?.code).toBe(CloseCodes.tooManyPendingMessages.code);
    await assertUnharmed();
  });
});

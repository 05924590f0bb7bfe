import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/collab-clients.ts';
import { connectRawClient, frames, type RawClient } from '../helpers/collab-raw-client.ts';
import { startCollabServer, type CollabTestServer } from '../helpers/collab-server.ts';

/** Presence (carets, names) at plenary size: batched fan-out, nothing lost. */
describe('awareness broadcast', () => {
  const raws: RawClient[] = [];
  const servers: CollabTestServer[] = [];
  afterEach(async () => {
    for (const client of raws.splice(0)) client.close();
    for (const server of servers.splice(0)) await server.dispose();
  });
  const raw = async (server: CollabTestServer, token: string) => {
    const client = await connectRawClient(server.collabUrl, 'plenary', token);
    raws.push(client);
    await waitFor(() => client.synced, `${token} synced`);
    return client;
  };
  const caret = (clientId: number, clock: number, anchor: number) =>
    frames.awareness('plenary', [{ clientId, clock, state: { cursor: { anchor, head: anchor } } }]);

  it('merges a burst of caret updates into a few messages that carry every state', async () => {
    const server = await startCollabServer();
    servers.push(server);
    const observer = await raw(server, 'reader-observer');
    const speakers: RawClient[] = [];
    for (let i = 0; i < 30; i++) speakers.push(await raw(server, `editor-${i}`));
    const before = observer.awarenessMessages;

    // Everyone moves their caret at once, as when a plenary's clients renew together.
    speakers.forEach((speaker, i) => speaker.send(caret(5000 + i, 1, i)));

    await waitFor(
      () => speakers.every((_, i) => observer.awareness.getStates().has(5000 + i)),
      'every caret reaches the observer',
    );
    // Hocuspocus alone sends one message per update: 30 here.
    expect(observer.awarenessMessages - before).toBeLessThan(10);
    for (const [i] of speakers.entries())
      expect(observer.awareness.getStates().get(5000 + i)).toMatchObject({
        cursor: { anchor: i, head: i },
      });
    // The speakers see each other too: the same message goes to everyone.
    await waitFor(
      () => speakers.every((s) => s.awareness.getStates().size >= 30),
      'speakers see every caret',
    );
  });

  it('delivers a lone update and its later change, and removes a caret when its socket closes', async () => {
    const server = await startCollabServer();
    servers.push(server);
    const observer = await raw(server, 'reader-observer');
    const speaker = await raw(server, 'editor-s');

    speaker.send(caret(7001, 1, 3));
    await waitFor(() => observer.awareness.getStates().has(7001), 'first caret');
    // A second move right after the first lands in the next batch, not lost in it.
    speaker.send(caret(7001, 2, 9));
    await waitFor(
      () =>
        (observer.awareness.getStates().get(7001) as { cursor?: { anchor: number } } | undefined)
          ?.cursor?.anchor === 9,
      'moved caret',
    );

    speaker.close();
    await waitFor(() => !observer.awareness.getStates().has(7001), 'caret removed on close');
  });
});

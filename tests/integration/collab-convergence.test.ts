import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { reconnect } from '../../editor/src/draft/reconnect.ts';
import {
  connectClient,
  textOf,
  waitFor,
  waitForAcknowledged,
  type TestClient,
} from '../helpers/collab-clients.ts';
import { seededRandom } from '../helpers/collab-random.ts';
import { startCollabServer, type CollabTestServer } from '../helpers/collab-server.ts';

// Each seed takes about a second; several seeds cover more disconnect timings.
const SEEDS = [4242, 4243, 4244, 4245, 4246, 4247];
const PEERS = 4;
const STEPS = 400;

describe('seeded random convergence', () => {
  const clients: TestClient[] = [];
  let server: CollabTestServer | undefined;
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.dispose();
  });

  it.each(SEEDS)(
    'peers editing, disconnecting and reconnecting converge to what is persisted (seed %i)',
    async (seed) => {
      // Checkpoint often, so loading exercises checkpoint + later updates.
      server = await startCollabServer({ ACCORD_CHECKPOINT_UPDATES: '25' });
      const random = seededRandom(seed);
      const pick = (n: number) => Math.floor(random() * n);
      for (let i = 0; i < PEERS; i++)
        clients.push(connectClient(server.collabUrl, 'std', `editor-${i}`));
      await waitFor(() => clients.every((c) => c.provider.isSynced), 'peers synced');

      const online = clients.map(() => true);
      for (let step = 0; step < STEPS; step++) {
        const i = pick(PEERS);
        const peer = clients[i]!;
        const roll = random();
        if (roll < 0.05) {
          // Toggle the connection, often before the last close has finished: offline edits
          // must merge on reconnect.
          if (online[i]) peer.socket.disconnect();
          else reconnect(peer.socket);
          online[i] = !online[i];
        } else {
          const text = peer.doc.getText('t');
          if (roll < 0.25 && text.length > 0) {
            const at = pick(text.length);
            text.delete(at, Math.min(1 + pick(4), text.length - at));
          } else {
            text.insert(
              pick(text.length + 1),
              String.fromCharCode(97 + pick(26)).repeat(1 + pick(3)),
            );
          }
        }
        if (step % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      }
      for (let i = 0; i < PEERS; i++) if (!online[i]) reconnect(clients[i]!.socket);
      // Generous waits: a loaded CI machine can take many seconds to reconnect and resend.
      await Promise.all(clients.map((c) => waitForAcknowledged(c, 60_000)));
      await waitFor(
        () => clients.every((c) => textOf(c.doc) === textOf(clients[0]!.doc)),
        'peers converge',
        60_000,
      );

      const persisted = new Y.Doc();
      Y.applyUpdate(persisted, server.store.loadState('std')!);
      expect(textOf(persisted)).toBe(textOf(clients[0]!.doc));
      expect(textOf(persisted).length).toBeGreaterThan(0);
      // Replaying the whole log (no checkpoint) gives the same draft.
      const replayed = new Y.Doc();
      for (const row of server.store.readLog('std')) Y.applyUpdate(replayed, row.update);
      expect(textOf(replayed)).toBe(textOf(persisted));
    },
    180_000,
  );
});

import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase } from '../../server/db/open.ts';
import { createDocumentStore } from '../../server/store/index.ts';
import { freePort, spawnServer, type ChildServer } from '../helpers/collab-child.ts';
import {
  connectClient,
  waitFor,
  waitForAcknowledged,
  type TestClient,
} from '../helpers/collab-clients.ts';
import { tempDir } from '../helpers/temp-dir.ts';

/** Read a document straight from the SQLite file the killed server left behind. */
function readStoredEdits(dataDir: string, documentName: string): string[] {
  const db = openDatabase(join(dataDir, 'accord.sqlite'));
  try {
    const state = createDocumentStore(db, {
      checkpointUpdates: 500,
      checkpointBytes: 1 << 20,
    }).loadState(documentName);
    const doc = new Y.Doc();
    if (state) Y.applyUpdate(doc, state);
    return doc.getArray<string>('edits').toArray();
  } finally {
    db.close();
  }
}

function expectNoDuplicates(edits: string[]) {
  expect(new Set(edits).size).toBe(edits.length);
}

describe('durability across SIGKILL (server in a child process)', () => {
  const children: ChildServer[] = [];
  const clients: TestClient[] = [];
  const dirs: { remove(): void }[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const child of children.splice(0)) {
      child.kill('SIGKILL');
      await child.exited;
    }
    for (const dir of dirs.splice(0)) dir.remove();
  });

  const run = async (env: Record<string, string>) => {
    const dir = tempDir();
    dirs.push(dir);
    const port = await freePort();
    const serverEnv = { DATA_DIR: dir.path, PORT: String(port), ...env };
    const first = await spawnServer(serverEnv);
    children.push(first);
    const writers = ['editor-1', 'editor-2', 'editor-3'].map((token) => {
      const client = connectClient(first.collabUrl, 'std', token);
      clients.push(client);
      return { token, client, pushed: [] as string[] };
    });
    await waitFor(() => writers.every((w) => w.client.provider.isSynced), 'writers synced');

    // Phase 1: edits the server acknowledges.
    let n = 0;
    const write = (count: number) => {
      for (let i = 0; i < count; i++)
        for (const w of writers) {
          const id = `${w.token}#${n++}`;
          w.client.doc.getArray<string>('edits').push([id]);
          w.pushed.push(id);
        }
    };
    for (let round = 0; round < 5; round++) {
      write(8);
      await Promise.all(writers.map((w) => waitForAcknowledged(w.client, 30_000)));
    }
    const acknowledged = writers.flatMap((w) => w.pushed);

    // Phase 2: keep writing and kill the server mid-stream.
    const stream = setInterval(() => write(1), 2);
    await new Promise((resolve) => setTimeout(resolve, 150));
    first.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    clearInterval(stream);
    children.splice(children.indexOf(first), 1);

    const afterKill = readStoredEdits(dir.path, 'std');
    for (const id of acknowledged) expect(afterKill).toContain(id);
    expectNoDuplicates(afterKill);

    // Restart on the same DATA_DIR and port: providers reconnect and resend what was not acknowledged.
    const second = await spawnServer(serverEnv);
    children.push(second);
    await Promise.all(writers.map((w) => waitForAcknowledged(w.client, 30_000)));
    const everything = writers.flatMap((w) => w.pushed);
    const late = connectClient(second.collabUrl, 'std', 'reader-late');
    clients.push(late);
    await waitFor(
      () => late.provider.isSynced && late.doc.getArray('edits').length === everything.length,
      'late reader has every edit',
    );
    const seen = late.doc.getArray<string>('edits').toArray();
    expectNoDuplicates(seen);
    expect(new Set(seen)).toEqual(new Set(everything));
    for (const w of writers) expect(w.client.doc.getArray('edits').length).toBe(everything.length);
  };

  // Generous timeouts: each child server start compiles TypeScript (tsx) on a shared machine.
  it('keeps every acknowledged edit, once, after kill -9 and restart', async () => {
    await run({});
  }, 120_000);

  it('keeps every acknowledged edit when the kill lands during checkpoints', async () => {
    await run({ ACCORD_CHECKPOINT_UPDATES: '3' });
  }, 120_000);

  it('keeps every acknowledged edit when the kill lands during WAL checkpoints', async () => {
    // Every 2 ms the background thread copies the WAL back: the kill lands in one, or close.
    await run({ ACCORD_WAL_CHECKPOINT_MS: '2' });
  }, 120_000);

  it('stops cleanly on SIGTERM with clients connected', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const child = await spawnServer({ DATA_DIR: dir.path, PORT: '0' });
    children.push(child);
    const client = connectClient(child.collabUrl, 'std', 'editor-1');
    clients.push(client);
    await waitFor(() => client.provider.isSynced, 'synced');
    client.doc.getArray<string>('edits').push(['before-stop']);
    await waitForAcknowledged(client);
    child.kill('SIGTERM');
    // The child exits 1 on its own 4.5 s deadline; exit 0 means close() finished in time.
    expect(await child.exited).toBe(0);
    children.splice(children.indexOf(child), 1);
    expect(readStoredEdits(dir.path, 'std')).toEqual(['before-stop']);
  }, 60_000);
});

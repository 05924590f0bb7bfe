import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase } from '../../server/db/open.ts';
import { createDocumentStore, seedDocumentIfEmpty } from '../../server/store/index.ts';
import { openTestStore, type TestStore } from '../helpers/collab-store.ts';

/** Type `text` one character per update, as an editor does, returning the updates. */
function typeText(doc: Y.Doc, text: string): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const collect = (u: Uint8Array) => updates.push(u);
  doc.on('update', collect);
  const ytext = doc.getText('t');
  for (const ch of text) ytext.insert(ytext.length, ch);
  doc.off('update', collect);
  return updates;
}

function textOf(state: Uint8Array | null): string {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  return doc.getText('t').toJSON();
}

describe('update log and checkpoints', () => {
  let t: TestStore | undefined;
  afterEach(() => {
    t?.remove();
    t = undefined;
  });

  it('logs every update with its user and reloads the same state after reopening', () => {
    t = openTestStore({ checkpointUpdates: 1_000_000, checkpointBytes: 1e9 });
    const doc = new Y.Doc();
    const updates = typeText(doc, 'shall refer');
    for (const u of updates) t.store.appendUpdate('doc-a', u, 'user-1');
    t.store.appendUpdate('doc-b', typeText(new Y.Doc(), 'x')[0]!, null);
    t.close();

    const db = openDatabase(t.file);
    const reopened = createDocumentStore(db, { checkpointUpdates: 500, checkpointBytes: 1 << 20 });
    expect(textOf(reopened.loadState('doc-a'))).toBe('shall refer');
    expect(textOf(reopened.loadState('doc-b'))).toBe('x');
    expect(reopened.loadState('never-written')).toBeNull();
    const log = reopened.readLog('doc-a');
    expect(log).toHaveLength(updates.length);
    expect(log.every((row) => row.userId === 'user-1')).toBe(true);
    // Sequences are per document: 1, 2, 3, … in append order.
    expect(log.map((row) => row.seq)).toEqual(log.map((_, i) => i + 1));
    db.close();
  });

  it('checkpoints after the configured number of updates and keeps every log row', async () => {
    t = openTestStore({ checkpointUpdates: 10 });
    const updates = typeText(new Y.Doc(), 'abcdefghijklmnopqrstuvwxy');
    for (const u of updates) t.store.appendUpdate('doc', u, 'u');
    // Checkpoints run on the next tick, outside the append.
    await new Promise((resolve) => setImmediate(resolve));
    const checkpoints = t.db.prepare('SELECT upto_seq AS upto FROM collab_checkpoints').all() as {
      upto: number;
    }[];
    expect(checkpoints).toHaveLength(1);
    expect(t.store.readLog('doc')).toHaveLength(25);
    expect(textOf(t.store.loadState('doc'))).toBe('abcdefghijklmnopqrstuvwxy');
    // A checkpoint covers a prefix of the log; loading adds the later updates.
    const covered = checkpoints[0]!.upto;
    expect(t.store.readLog('doc', { afterSeq: covered }).length).toBeLessThan(25);
  });

  it('checkpoints after the configured number of bytes', async () => {
    t = openTestStore({ checkpointUpdates: 1_000_000, checkpointBytes: 200 });
    const doc = new Y.Doc();
    for (const u of typeText(doc, 'x'.repeat(40))) t.store.appendUpdate('doc', u, null);
    await new Promise((resolve) => setImmediate(resolve));
    const count = t.db.prepare('SELECT count(*) FROM collab_checkpoints').pluck().get();
    expect(count).toBe(1);
    expect(textOf(t.store.loadState('doc'))).toBe('x'.repeat(40));
  });

  it('replays the log to reconstruct the draft at a past sequence', () => {
    t = openTestStore();
    const updates = typeText(new Y.Doc(), 'hello');
    const seqs = updates.map((u) => t!.store.appendUpdate('doc', u, null));
    t.store.checkpoint('doc');
    const past = new Y.Doc();
    for (const row of t.store.readLog('doc'))
      if (row.seq <= seqs[2]!) Y.applyUpdate(past, row.update);
    expect(past.getText('t').toJSON()).toBe('hel');
  });
});

describe('seedDocumentIfEmpty', () => {
  let t: TestStore | undefined;
  afterEach(() => {
    t?.remove();
    t = undefined;
  });

  it('seeds an empty document once and never twice', () => {
    t = openTestStore();
    const source = new Y.Doc();
    source.getText('t').insert(0, 'Illustrative clause');
    const seed = Y.encodeStateAsUpdate(source);
    expect(seedDocumentIfEmpty(t.store, 'std', seed, 'admin')).toMatchObject({ seeded: true });
    expect(seedDocumentIfEmpty(t.store, 'std', seed, 'admin')).toEqual({
      seeded: false,
      reason: 'not-empty',
    });
    expect(textOf(t.store.loadState('std'))).toBe('Illustrative clause');
    expect(t.store.readLog('std')).toHaveLength(1);
  });

  it('does not seed a document that already has edits', () => {
    t = openTestStore();
    t.store.appendUpdate('std', typeText(new Y.Doc(), 'a')[0]!, 'u');
    const source = new Y.Doc();
    source.getText('t').insert(0, 'seed');
    expect(seedDocumentIfEmpty(t.store, 'std', Y.encodeStateAsUpdate(source)).seeded).toBe(false);
    expect(textOf(t.store.loadState('std'))).toBe('a');
  });

  it('refuses bytes that are not a Yjs update', () => {
    t = openTestStore();
    expect(() =>
      seedDocumentIfEmpty(t!.store, 'std', new Uint8Array([255, 255, 255, 1])),
    ).toThrow();
    expect(t.store.isEmpty('std')).toBe(true);
  });
});

describe('checkpoint contents', () => {
  it('keeps deleted content (lossless) and loads to the same text as replaying the log', () => {
    const t = openTestStore({ checkpointUpdates: 1_000_000 });
    try {
      const doc = new Y.Doc({ gc: false });
      const updates: Uint8Array[] = [];
      doc.on('update', (u: Uint8Array) => updates.push(u));
      doc.getText('t').insert(0, 'shall not');
      doc.getText('t').delete(5, 4);
      for (const u of updates) t.store.appendUpdate('doc', u, 'u');
      t.store.checkpoint('doc');
      const parts = t.store.loadParts('doc');
      expect(parts).toHaveLength(1);
      // The deleted word is still in the checkpoint, so history can show it.
      const restored = new Y.Doc({ gc: false });
      Y.applyUpdate(restored, parts[0]!);
      expect(restored.getText('t').toJSON()).toBe('shall');
      const snapshotBefore = Y.createSnapshot(Y.createDeleteSet(), new Map([[doc.clientID, 9]]));
      expect(Y.createDocFromSnapshot(restored, snapshotBefore).getText('t').toJSON()).toBe(
        'shall not',
      );
    } finally {
      t.remove();
    }
  });
});

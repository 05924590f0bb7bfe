// Starting a new draft from a release: one more logged update, seen live by editors,
// with the old draft's history kept in the log.
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseModel, yDocToModel, type ModelDoc } from '../../model/index.ts';
import type { Standard } from '../../server/accounts/standards.ts';
import { transformUpdate } from '../../server/releases/restore-draft.ts';
import { connectClient, waitFor, waitForAcknowledged } from '../helpers/collab-clients.ts';
import { createWorld, fixture, type World } from '../fixtures/releases/world.ts';

let world: World;
let standard: Standard;
const base = '/standards/new-draft/releases';

const normal = (json: ModelDoc): ModelDoc => {
  const parsed = parseModel(json);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.doc;
};

const draftFromStore = (): ModelDoc => {
  const state = world.server.store.loadState(standard.document);
  const ydoc = new Y.Doc();
  if (state) Y.applyUpdate(ydoc, state);
  return yDocToModel(ydoc);
};

beforeAll(async () => {
  world = await createWorld();
  standard = world.addStandard('new-draft', fixture('base'));
  const created = await world.api('editor', 'POST', base, {
    version: '1.0',
    summary: 'What it covers.',
    changeNote: 'First version.',
    effectiveDate: '2026-12-01',
  });
  expect(created.status).toBe(201);
});
afterAll(() => world.dispose());

describe('starting a new draft from a release', () => {
  it('is for editors and admins only', async () => {
    expect((await world.api('reviewer', 'POST', `${base}/1.0/draft`)).status).toBe(403);
    expect((await world.api('observer', 'POST', `${base}/1.0/draft`)).status).toBe(403);
    expect((await world.api('stranger', 'POST', `${base}/1.0/draft`)).status).toBe(404);
    expect((await world.api('editor', 'POST', `${base}/4.0/draft`)).status).toBe(404);
  });

  it('reaches an editor who has the draft open, and keeps the history', async () => {
    const wsUrl = `${world.server.url.replace(/^http/, 'ws')}/collab`;
    const client = connectClient(wsUrl, standard.document, world.tokens.editor);
    try {
      await waitFor(() => client.provider.isSynced, 'editor synced');
      // The editor rewrites the draft…
      Y.applyUpdate(
        client.doc,
        transformUpdate(Y.encodeStateAsUpdate(client.doc), fixture('split')),
      );
      await waitForAcknowledged(client);
      expect(yDocToModel(client.doc)).toEqual(normal(fixture('split')));
      const logBefore = world.server.store.readLog(standard.document);

      // …then the working group goes back to the text of 1.0.
      const reply = await world.api('editor', 'POST', `${base}/1.0/draft`);
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ version: '1.0' });

      const released = normal(fixture('base'));
      await waitFor(
        () => JSON.stringify(yDocToModel(client.doc)) === JSON.stringify(released),
        'the open editor to show the release text',
      );
      expect(draftFromStore()).toEqual(released);

      // One more update, by the editor; every earlier one is still there, unchanged.
      const logAfter = world.server.store.readLog(standard.document);
      expect(logAfter.length).toBe(logBefore.length + 1);
      expect(logAfter.slice(0, logBefore.length)).toEqual(logBefore);
      expect(logAfter.at(-1)?.userId).toBe(world.userIds.editor);
      expect(logAfter.at(-1)?.seq).toBe(reply.body.seq);

      // Replaying the log up to before the change gives the old draft back.
      const replay = new Y.Doc();
      for (const entry of logBefore) Y.applyUpdate(replay, entry.update);
      expect(yDocToModel(replay)).toEqual(normal(fixture('split')));
    } finally {
      client.destroy();
    }
  });

  it('works the same when nobody has the draft open', async () => {
    // Let the server unload the document after the last client left.
    await waitFor(() => !world.server.collab.hocuspocus.documents.has(standard.document), 'unload');
    const { server } = world;
    server.store.appendUpdate(
      standard.document,
      transformUpdate(server.store.loadState(standard.document), fixture('readd')),
      world.userIds.editor,
    );
    expect(draftFromStore()).toEqual(normal(fixture('readd')));
    const reply = await world.api('admin', 'POST', `${base}/1.0/draft`);
    expect(reply.status).toBe(200);
    expect(draftFromStore()).toEqual(normal(fixture('base')));
    // Freezing the new draft gives exactly the release's text again.
    const again = await world.api('editor', 'POST', base, {
      version: '1.1',
      changeNote: 'Same text as 1.0.',
      effectiveDate: '2027-01-01',
    });
    const first = await world.api('observer', 'GET', `${base}/1.0`);
    expect(again.body.contentHash).toBe(first.body.contentHash);
  });

  it('keeps comments on words the release shares with the draft where they were', async () => {
    const { server } = world;
    // The draft moves away from the release again…
    server.store.appendUpdate(
      standard.document,
      transformUpdate(server.store.loadState(standard.document), fixture('split')),
      world.userIds.editor,
    );
    const round = await world.api('editor', 'POST', '/standards/new-draft/rounds', {
      name: 'Consultation (illustrative)',
      closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
    });
    expect(round.status).toBe(201);
    // …a reviewer comments on words that are the same in both…
    const words = 'every indicator they observe';
    const text =
      "The practitioner shall record every indicator they observe, in the child's own words where possible.";
    const from = text.indexOf(words);
    const posted = await world.api('reviewer', 'POST', '/standards/new-draft/threads', {
      targetId: 'p-ind1',
      type: 'technical',
      body: 'Say where the record is kept.',
      passage: { from, to: from + words.length, quote: words },
    });
    expect(posted.status).toBe(201);

    // …and the group goes back to the text of 1.0: the comment keeps its place.
    expect((await world.api('editor', 'POST', `${base}/1.0/draft`)).status).toBe(200);
    const threads = (await world.api('editor', 'GET', '/standards/new-draft/threads')).body
      .threads as { orphaned: boolean; passage: { quote: string; from: number } | null }[];
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({ orphaned: false, passage: { quote: words, from } });
  });
});

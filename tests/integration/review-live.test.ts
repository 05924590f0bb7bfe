// Anchors follow real edits made over the collaboration socket, threads orphan (and stay
// listed) when their text is deleted, and viewers hear about review changes without reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseCsv } from '../../server/review/csv.ts';
import {
  connectClient,
  waitFor,
  waitForAcknowledged,
  type TestClient,
} from '../helpers/collab-clients.ts';
import { createReviewWorld, openRound, type ReviewWorld } from './review-world.ts';

let w: ReviewWorld;
let editor: TestClient;
let observer: TestClient;
const heard: Record<string, unknown>[] = [];

beforeAll(async () => {
  w = await createReviewWorld();
  const url = `${w.server.url.replace('http', 'ws')}/collab`;
  editor = connectClient(url, w.standard.document, w.tokens.editor);
  observer = connectClient(url, w.standard.document, w.tokens.observer);
  observer.provider.on('stateless', ({ payload }: { payload: string }) => {
    heard.push(JSON.parse(payload) as Record<string, unknown>);
  });
  await waitFor(() => editor.provider.isSynced && observer.provider.isSynced, 'sync');
  await openRound(w);
});
afterAll(async () => {
  editor.destroy();
  observer.destroy();
  await w.dispose();
});

type Json = Record<string, unknown>;
const fragment = () => editor.doc.getXmlFragment('default');
const indexOfBlock = (id: string) =>
  fragment()
    .toArray()
    .findIndex((el) => el instanceof Y.XmlElement && el.getAttribute('id') === id);

async function exportRows(roundId: string): Promise<string[][]> {
  const res = await w.api('observer', 'GET', `/rounds/${roundId}/export?format=csv`);
  const parsed = parseCsv(res.body.text as string);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.rows;
}

describe('anchors follow the draft', () => {
  let threadId: string;
  let roundId: string;

  it('a new thread is announced to everyone viewing the draft', async () => {
    const text = 'The practitioner shall listen calmly and without judgement.';
    const from = text.indexOf('listen calmly');
    const created = await w.api('reviewer', 'POST', '/threads', {
      targetId: 'p-listen',
      passage: { from, to: from + 13, quote: 'listen calmly' },
      type: 'technical',
      body: 'Add what to do when the child is silent.',
    });
    expect(created.status).toBe(201);
    const t = created.body.thread as Json;
    threadId = t.id as string;
    roundId = t.roundId as string;
    await waitFor(() => heard.some((e) => e.threadId === threadId), 'thread.created broadcast');
    expect(heard.find((e) => e.threadId === threadId)).toEqual({
      type: 'review',
      event: 'thread.created',
      roundId,
      threadId,
    });
    const replied = await w.api('editor', 'PUT', `/threads/${threadId}/disposition`, {
      value: 'noted',
    });
    expect(replied.status).toBe(200);
    await waitFor(() => heard.some((e) => e.event === 'disposition.set'), 'disposition broadcast');
    const row = (await exportRows(roundId))[1];
    expect(row?.slice(0, 6)).toEqual([
      'MOI',
      '4.2.1',
      '4.2',
      '',
      'te',
      'Add what to do when the child is silent.',
    ]);
  });

  it('a clause inserted before 4.2 renumbers it to 4.3; the thread keeps its words', async () => {
    const clause = new Y.XmlElement('clause');
    clause.setAttribute('id', 'c-inserted');
    // y-prosemirror stores attribute values with their JSON types; the typings say string.
    clause.setAttribute('level', 2 as unknown as string);
    clause.setAttribute('kind', 'clause');
    clause.insert(0, [new Y.XmlText('Recording what was said')]);
    fragment().insert(indexOfBlock('c-talk'), [clause]);
    // And words before the passage, in the same provision.
    const listen = fragment().get(indexOfBlock('p-listen')) as Y.XmlElement;
    (listen.get(0) as Y.XmlText).insert(0, 'In every case, ');
    await waitForAcknowledged(editor);

    const got = await w.api('observer', 'GET', `/threads/${threadId}`);
    expect(got.body.thread).toMatchObject({
      clauseNumber: '4.3',
      provisionNumber: '4.3.1',
      passage: { quote: 'listen calmly', from: 38, to: 51 },
      orphaned: false,
    });
    const row = (await exportRows(roundId))[1];
    expect(row?.slice(1, 3)).toEqual(['4.3.1', '4.3']);
  });

  it('deleting the clause and its text orphans the thread, which stays listed with its last quote', async () => {
    const start = indexOfBlock('c-talk');
    const end = indexOfBlock('p-note');
    fragment().delete(start, end - start + 1);
    await waitForAcknowledged(editor);

    const list = await w.api('editor', 'GET', '/threads');
    const t = (list.body.threads as Json[]).find((x) => x.id === threadId);
    expect(t).toMatchObject({
      orphaned: true,
      clauseNumber: '4.3',
      provisionNumber: '4.3.1',
      passage: { quote: 'listen calmly', originalQuote: 'listen calmly' },
      disposition: { value: 'noted' },
    });
    expect(t?.orphanedAt).toEqual(expect.any(String));
    expect((await w.api('editor', 'GET', '/threads?orphaned=true')).body.counts).toMatchObject({
      total: 1,
      orphaned: 1,
    });
    const rows = await exportRows(roundId);
    expect(rows[1]?.[8]).toBe('open, orphaned');
    expect(rows[1]?.[9]).toBe('listen calmly');
  });

  it('a thread on a deleted provision cannot be started', async () => {
    const res = await w.api('reviewer', 'POST', '/threads', {
      targetId: 'p-listen',
      type: 'general',
      body: 'Too late.',
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ title: 'Unknown Target' });
  });
});

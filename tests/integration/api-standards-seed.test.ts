import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidId, yDocToModel } from '../../model/index.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

describe('POST /api/standards', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({}, { rebuildSiteOnRelease: false });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('seeds the new draft on the server with one empty statement provision', async () => {
    const signIn = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ email: 'admin@localhost', password: 'test-admin-password' }),
    });
    expect(signIn.status).toBe(200);
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

    const res = await fetch(`${server.url}/api/standards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url, cookie },
      body: JSON.stringify({ slug: 'seeded-draft', title: 'Seeded draft (illustrative)' }),
    });
    expect(res.status).toBe(201);
    const { document } = (await res.json()) as { document: string };

    // One logged update, written by the server and credited to the admin.
    const log = server.store.readLog(document);
    expect(log).toHaveLength(1);
    expect(log[0]?.userId).not.toBeNull();

    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, server.store.loadState(document)!);
    const model = yDocToModel(ydoc);
    expect(model.content).toHaveLength(1);
    const [first] = model.content;
    expect(first?.type).toBe('provision');
    expect(first?.attrs?.kind).toBe('statement');
    expect(isValidId(String(first?.attrs?.id))).toBe(true);
  });
});

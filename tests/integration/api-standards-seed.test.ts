import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidId, yDocToModel } from '../../model/index.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, call, signIn } from '../helpers/accounts.ts';
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
    const cookie = await signIn(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const res = await call(server.url, '/api/standards', {
      method: 'POST',
      cookie,
      body: { slug: 'seeded-draft', title: 'Seeded draft (illustrative)' },
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

import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { startServer } from '../../server/server.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { tempDir } from '../helpers/temp-dir.ts';

describe('GET /healthz', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.dispose();
  });

  it('reports status, version and database health', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok', database: 'ok' });
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('answers 503 with Retry-After at / while the published site is not built yet', async () => {
    // This test server has an empty site folder and builds no site on start.
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('30');
    const body = (await res.json()) as { status: number; detail: string };
    expect(body.status).toBe(503);
    expect(body.detail).toMatch(/not been built yet/);
    // The editor and the API do not depend on the site.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('answers unknown paths with a problem detail', async () => {
    const res = await fetch(`${server.url}/api/nope`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('answers a wrong method on a known path with 405 and the methods it allows', async () => {
    const put = await fetch(`${server.url}/healthz`, { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD');
    expect(await put.json()).toMatchObject({ status: 405, title: 'Method Not Allowed' });
    // A path with parameters, and one answering several methods.
    const standard = await fetch(`${server.url}/api/standards/some-standard`, {
      method: 'POST',
      headers: { origin: server.url },
    });
    expect(standard.status).toBe(405);
    expect(standard.headers.get('allow')).toBe('GET, HEAD');
    const me = await fetch(`${server.url}/api/me`, {
      method: 'DELETE',
      headers: { origin: server.url },
    });
    expect(me.headers.get('allow')).toBe('GET, HEAD, PATCH');
    // The published site's catch-all does not make every unknown API path a 405.
    const unknown = await fetch(`${server.url}/api/nope`, {
      method: 'DELETE',
      headers: { origin: server.url },
    });
    expect(unknown.status).toBe(404);
  });

  it('a second server on the same port stops with one line, before touching its data folder', async () => {
    const dir = tempDir();
    try {
      const parsed = parseConfig({
        PORT: String(new URL(server.url).port),
        DATA_DIR: dir.path,
        LOG_LEVEL: 'silent',
        ACCORD_DEMO: '1',
      });
      if (!parsed.ok) throw new Error(parsed.message);
      const second = await startServer(parsed.config, createLogger('silent'));
      expect(second).toEqual({
        ok: false,
        message: `PORT ${parsed.config.PORT} on 127.0.0.1 is already in use: stop the other process, or set PORT to a free port.`,
      });
      // No database, no admin, no demo: nothing to clean up after the mistake.
      expect(existsSync(dir.path) ? readdirSync(dir.path) : []).toEqual([]);
      // The first server carries on.
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      dir.remove();
    }
  });
});

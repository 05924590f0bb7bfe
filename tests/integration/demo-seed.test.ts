import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yDocToModel } from '../../model/index.ts';
import { findStandardBySlug } from '../../server/accounts/standards.ts';
import { findUserByEmail } from '../../server/accounts/users.ts';
import { demoSlug } from '../../server/demo/standard-v1.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import * as Y from 'yjs';

const password = 'demo-test-password';

async function signIn(server: TestServer, email: string): Promise<string> {
  const res = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

async function getJson(server: TestServer, path: string, cookie: string): Promise<unknown> {
  const res = await fetch(`${server.url}${path}`, { headers: { cookie } });
  expect(res.status, path).toBe(200);
  return res.json();
}

describe('first start with the demo', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(
      { ACCORD_DEMO: '1', ACCORD_ADMIN_PASSWORD: password },
      { rebuildSiteOnRelease: false },
    );
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('writes release 1.0 byte-identical to the files shipped in standards/', () => {
    for (const file of ['standard.md', 'release.json']) {
      const written = readFileSync(join(server.config.ACCORD_STANDARDS_DIR, demoSlug, '1.0', file));
      const shipped = readFileSync(join('standards', demoSlug, '1.0', file));
      expect(written.equals(shipped), file).toBe(true);
    }
  });

  it('gives each demo user their role on the standard', async () => {
    for (const [email, role] of [
      ['editor1@demo.invalid', 'editor'],
      ['reviewer2@demo.invalid', 'reviewer'],
      ['observer@demo.invalid', 'observer'],
    ] as const) {
      const cookie = await signIn(server, email);
      const { standards } = (await getJson(server, '/api/standards', cookie)) as {
        standards: { slug: string; role: string }[];
      };
      expect(standards.find((s) => s.slug === demoSlug)?.role, email).toBe(role);
    }
  });

  it('seeds the 1.1 draft on top of 1.0, with the editor credited for the amendments', () => {
    const standard = findStandardBySlug(server.db, demoSlug);
    expect(standard).not.toBeNull();
    const log = server.store.readLog(standard!.document);
    expect(log.map((entry) => entry.seq)).toEqual([1, 2]);
    expect(log[0]?.userId).toBeNull();
    expect(log[1]?.userId).toBe(findUserByEmail(server.db, 'editor1@demo.invalid')?.id);

    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, server.store.loadState(standard!.document)!);
    const ids = yDocToModel(ydoc).content.map((node) => node.attrs?.id);
    expect(ids).toContain('c-training');
    expect(ids).toContain('p-disclosureinterpreter');
  });

  it('opens a consultation round with comments from several agencies, some disposed', async () => {
    const cookie = await signIn(server, 'observer@demo.invalid');
    const body = (await getJson(server, `/api/standards/${demoSlug}/threads`, cookie)) as {
      threads: { agency: { code: string } | null; disposition: unknown }[];
    };
    expect(body.threads.length).toBe(5);
    expect(new Set(body.threads.map((t) => t.agency?.code))).toEqual(new Set(['MOH', 'CRN']));
    expect(body.threads.filter((t) => t.disposition).length).toBe(3);
  });
});

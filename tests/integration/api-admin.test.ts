import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  call,
  PASSWORD,
  seedWorld,
  signIn,
  type World,
} from '../helpers/accounts.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

describe('administration: users, agencies, audit log, OpenAPI', () => {
  let server: TestServer;
  let world: World;
  let admin = '';
  const json = async <T>(res: Response) => (await res.json()) as T;

  beforeAll(async () => {
    server = await startTestServer();
    world = await seedWorld(server.db);
    admin = await signIn(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await server.dispose();
  });

  it('creates a user with a generated password shown once, who can sign in', async () => {
    const res = await call(server.url, '/api/users', {
      method: 'POST',
      cookie: admin,
      body: { email: 'New.Person@Example.org', name: 'New Person', agency: 'MSP' },
    });
    expect(res.status).toBe(201);
    const created = await json<{ id: string; password: string; agency: { code: string } }>(res);
    expect(created.password.length).toBeGreaterThanOrEqual(12);
    expect(created.agency.code).toBe('MSP');
    expect(
      (await signIn(server.url, 'new.person@example.org', created.password)).length,
    ).toBeGreaterThan(0);
    const list = await json<{ users: Record<string, unknown>[] }>(
      await call(server.url, '/api/users', { cookie: admin }),
    );
    expect(JSON.stringify(list)).not.toContain(created.password);
    expect(JSON.stringify(list)).not.toContain('scrypt$');
    const dup = await call(server.url, '/api/users', {
      method: 'POST',
      cookie: admin,
      body: { email: 'NEW.PERSON@example.org', name: 'Again' },
    });
    expect(await json(dup)).toMatchObject({ status: 400, errors: [{ field: 'email' }] });
    // A name that reverses the text after it, or hides characters, is refused.
    for (const name of ['Eve \u202Eevil', 'Null\u0000Name', 'Tab\tName']) {
      const bad = await call(server.url, '/api/users', {
        method: 'POST',
        cookie: admin,
        body: { email: 'odd.name@example.org', name },
      });
      expect(await json(bad), JSON.stringify(name)).toMatchObject({
        status: 400,
        errors: [{ field: 'name' }],
      });
    }
  });

  it('disables and re-enables users, and refuses to lock the admin out', async () => {
    const me = await json<{ id: string }>(await call(server.url, '/api/me', { cookie: admin }));
    const self = await call(server.url, `/api/users/${me.id}`, {
      method: 'PATCH',
      cookie: admin,
      body: { disabled: true },
    });
    expect(await json(self)).toMatchObject({ status: 400, errors: [{ field: 'disabled' }] });

    const cookie = await signIn(server.url, world.observer.email, PASSWORD);
    const off = await call(server.url, `/api/users/${world.observer.user.id}`, {
      method: 'PATCH',
      cookie: admin,
      body: { disabled: true },
    });
    expect(await json(off)).toMatchObject({ disabled: true });
    expect((await call(server.url, '/api/me', { cookie })).status).toBe(401);
    expect((await call(server.url, '/api/me', { token: world.observer.token })).status).toBe(401);
    await call(server.url, `/api/users/${world.observer.user.id}`, {
      method: 'PATCH',
      cookie: admin,
      body: { disabled: false },
    });
    // Re-enabled, the user signs in again, but the old token stays revoked.
    expect((await call(server.url, '/api/me', { token: world.observer.token })).status).toBe(401);
    const again = await signIn(server.url, world.observer.email, PASSWORD);
    expect((await call(server.url, '/api/me', { cookie: again })).status).toBe(200);
  });

  it('gives a user a new password shown once, ending their sessions; only admins, not for themselves', async () => {
    const cookie = await signIn(server.url, world.editor.email, PASSWORD);
    const path = `/api/users/${world.editor.user.id}/password`;
    const refused = await call(server.url, path, { method: 'POST', token: world.reviewer.token });
    expect(refused.status).toBe(403);
    const reset = await call(server.url, path, { method: 'POST', cookie: admin });
    expect(reset.status).toBe(200);
    const { password } = await json<{ password: string }>(reset);
    expect(password.length).toBeGreaterThanOrEqual(12);
    // The old session and the old password are gone; the new password works.
    expect((await call(server.url, '/api/me', { cookie })).status).toBe(401);
    await expect(signIn(server.url, world.editor.email, PASSWORD)).rejects.toThrow();
    expect((await signIn(server.url, world.editor.email, password)).length).toBeGreaterThan(0);
    const me = await json<{ id: string }>(await call(server.url, '/api/me', { cookie: admin }));
    const own = await call(server.url, `/api/users/${me.id}/password`, {
      method: 'POST',
      cookie: admin,
    });
    expect(own.status).toBe(409);
    const missing = await call(server.url, `/api/users/${crypto.randomUUID()}/password`, {
      method: 'POST',
      cookie: admin,
    });
    expect(missing.status).toBe(404);
  });

  it('renames an agency, keeping its code; only admins', async () => {
    const list = await json<{ agencies: { id: string; code: string; name: string }[] }>(
      await call(server.url, '/api/agencies', { token: world.reviewer.token }),
    );
    const msp = list.agencies.find((a) => a.code === 'MSP');
    if (!msp) throw new Error('no MSP agency');
    const path = `/api/agencies/${msp.id}`;
    const body = { name: 'Ministry of Social Protection (renamed, illustrative)' };
    expect(
      (await call(server.url, path, { method: 'PATCH', token: world.reviewer.token, body })).status,
    ).toBe(403);
    const renamed = await call(server.url, path, { method: 'PATCH', cookie: admin, body });
    expect(await json(renamed)).toMatchObject({ id: msp.id, code: 'MSP', name: body.name });
    const bad = await call(server.url, path, {
      method: 'PATCH',
      cookie: admin,
      body: { name: 'x'.repeat(1000) },
    });
    expect(await json(bad)).toMatchObject({ status: 400, errors: [{ field: 'name' }] });
    const code = await call(server.url, path, {
      method: 'PATCH',
      cookie: admin,
      body: { code: 'NEW' },
    });
    expect(code.status).toBe(400);
  });

  it('lists agencies to any signed-in user and refuses a taken code', async () => {
    const list = await json<{ agencies: { code: string }[] }>(
      await call(server.url, '/api/agencies', { token: world.reviewer.token }),
    );
    expect(list.agencies.map((a) => a.code)).toContain('MSP');
    const dup = await call(server.url, '/api/agencies', {
      method: 'POST',
      cookie: admin,
      body: { code: 'msp', name: 'Dup', kind: 'ngo' },
    });
    expect(await json(dup)).toMatchObject({ status: 400, errors: [{ field: 'code' }] });
    const badKind = await call(server.url, '/api/agencies', {
      method: 'POST',
      cookie: admin,
      body: { code: 'ZZ', name: 'Z', kind: 'church' },
    });
    expect(await json(badKind)).toMatchObject({ status: 400, errors: [{ field: 'kind' }] });
  });

  it('refuses over-long names, codes, titles and slugs with a problem naming the field and the limit', async () => {
    const post = (path: string, body: unknown, method = 'POST') =>
      call(server.url, path, { method, cookie: admin, body });
    const cases: [string, unknown, string, string][] = [
      [
        '/api/users',
        { email: 'long@example.org', name: 'N'.repeat(600) },
        'name',
        'at most 120 characters',
      ],
      [
        '/api/users',
        { email: `${'e'.repeat(250)}@example.org`, name: 'E' },
        'email',
        'at most 254 characters',
      ],
      [
        '/api/agencies',
        { code: 'C'.repeat(17), name: 'Long code', kind: 'ngo' },
        'code',
        'at most 16 characters',
      ],
      [
        '/api/agencies',
        { code: 'LONGNAME', name: 'A'.repeat(201), kind: 'ngo' },
        'name',
        'at most 200 characters',
      ],
      [
        '/api/standards',
        { slug: 'long-title', title: 'T'.repeat(201) },
        'title',
        'at most 200 characters',
      ],
      [
        '/api/standards',
        { slug: 's'.repeat(65), title: 'Long slug' },
        'slug',
        'at most 64 characters',
      ],
    ];
    for (const [path, body, field, message] of cases) {
      const res = await post(path, body);
      expect(res.status, `${path} ${field}`).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(await json(res)).toMatchObject({
        status: 400,
        title: 'Bad Request',
        errors: [{ field, message }],
      });
    }
    // The limits are inclusive: exactly 120 characters is a valid name, and renames are bounded too.
    const longest = await post('/api/users', {
      email: 'longest@example.org',
      name: 'N'.repeat(120),
    });
    expect(longest.status).toBe(201);
    const { id } = await json<{ id: string }>(longest);
    const rename = await post(`/api/users/${id}`, { name: 'M'.repeat(121) }, 'PATCH');
    expect(await json(rename)).toMatchObject({
      status: 400,
      errors: [{ field: 'name', message: 'at most 120 characters' }],
    });
    const blank = await post('/api/users', { email: 'blank@example.org', name: '   ' });
    expect(await json(blank)).toMatchObject({ errors: [{ field: 'name', message: 'required' }] });
    const users = await json<{ users: { name: string }[] }>(
      await call(server.url, '/api/users', { cookie: admin }),
    );
    expect(users.users.some((u) => u.name.length > 120)).toBe(false);
  });

  it('records who did what, from where, and serves it filtered and as CSV', async () => {
    await call(server.url, '/api/session', {
      method: 'POST',
      body: { email: world.editor.email, password: 'wrong password' },
    });
    await call(
      server.url,
      `/api/standards/${world.standard.slug}/members/${world.stranger.user.id}`,
      {
        method: 'PUT',
        cookie: admin,
        body: { role: 'observer' },
      },
    );
    const all = await json<{
      entries: { action: string; actorEmail: string | null; ip: string | null; at: string }[];
    }>(await call(server.url, '/api/audit?limit=500', { cookie: admin }));
    const actions = all.entries.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'session.sign-in',
        'session.sign-in-failed',
        'member.grant',
        'user.create',
        'user.disable',
      ]),
    );
    const grant = all.entries.find((e) => e.action === 'member.grant');
    expect(grant).toMatchObject({ actorEmail: ADMIN_EMAIL });
    expect(grant?.ip).toBeTruthy();

    const filtered = await json<{ entries: { action: string }[] }>(
      await call(server.url, `/api/audit?action=member.grant&standard=${world.standard.id}`, {
        cookie: admin,
      }),
    );
    expect(filtered.entries.length).toBeGreaterThan(0);
    expect(filtered.entries.every((e) => e.action === 'member.grant')).toBe(true);
    const future = await json<{ entries: unknown[] }>(
      await call(server.url, '/api/audit?from=2999-01-01T00:00:00Z', { cookie: admin }),
    );
    expect(future.entries).toEqual([]);
    const bad = await call(server.url, '/api/audit?limit=0&from=yesterday', { cookie: admin });
    expect(bad.status).toBe(400);

    const csv = await call(server.url, '/api/audit?format=csv&action=member.grant', {
      cookie: admin,
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,at,action,actorId,actorEmail,actorAgency,ip,standardId,targetUserId,detail',
    );
    expect(lines.length).toBe(filtered.entries.length + 1);
    // Nothing secret is ever logged.
    const everything = JSON.stringify(all);
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain('wrong password');
    expect(everything).not.toContain(world.editor.token);
  });

  it('keeps the audit log append-only in the database itself', () => {
    expect(() => server.db.prepare("UPDATE audit_log SET action = 'x'").run()).toThrow(
      /append-only/,
    );
    expect(() => server.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('documents every route in /api/openapi.json from the same schemas', async () => {
    const res = await call(server.url, '/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = await json<{
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          {
            requestBody?: {
              content: Record<
                string,
                { schema: { properties?: Record<string, { pattern?: string }> } }
              >;
            };
          }
        >
      >;
    }>(res);
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/api/session',
      '/api/me',
      '/api/me/password',
      '/api/me/tokens',
      '/api/me/tokens/{id}',
      '/api/standards',
      '/api/standards/{slug}',
      '/api/standards/{slug}/members',
      '/api/standards/{slug}/members/{userId}',
      '/api/agencies',
      '/api/users',
      '/api/users/{id}',
      '/api/audit',
      '/api/session/socket-token',
    ])
      expect(Object.keys(doc.paths)).toContain(path);
    const create =
      doc.paths['/api/standards']?.post?.requestBody?.content['application/json']?.schema;
    expect(create?.properties?.slug?.pattern).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
  });
});

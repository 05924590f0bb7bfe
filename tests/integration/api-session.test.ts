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

describe('sessions, account and tokens over the API', () => {
  let server: TestServer;
  let world: World;
  const json = async <T>(res: Response) => (await res.json()) as T;

  beforeAll(async () => {
    server = await startTestServer();
    world = await seedWorld(server.db);
  });
  afterAll(async () => {
    await server.dispose();
  });

  it('creates the first admin from the environment on an empty database', async () => {
    const cookie = await signIn(server.url, ADMIN_EMAIL.toUpperCase(), ADMIN_PASSWORD);
    const me = await json<{ email: string; isAdmin: boolean }>(
      await call(server.url, '/api/me', { cookie }),
    );
    expect(me).toMatchObject({ email: ADMIN_EMAIL, isAdmin: true });
  });

  it('sets an httpOnly SameSite=Lax cookie holding no user data, and signs out', async () => {
    const res = await call(server.url, '/api/session', {
      method: 'POST',
      body: { email: world.editor.email, password: PASSWORD },
    });
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^accord_session=acs_[\w-]{43};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).not.toContain('Secure'); // plain http in tests
    const cookie = setCookie.split(';')[0] ?? '';
    // Only the hash is stored.
    const raw = cookie.split('=')[1] ?? '';
    expect(server.db.prepare('SELECT COUNT(*) FROM sessions WHERE id = ?').pluck().get(raw)).toBe(
      0,
    );

    expect((await call(server.url, '/api/me', { cookie })).status).toBe(200);
    expect((await call(server.url, '/api/session', { method: 'DELETE', cookie })).status).toBe(204);
    expect((await call(server.url, '/api/me', { cookie })).status).toBe(401);
  });

  it('refuses wrong passwords and disabled users alike', async () => {
    const wrong = await call(server.url, '/api/session', {
      method: 'POST',
      body: { email: world.reviewer.email, password: 'not the password' },
    });
    const disabled = await call(server.url, '/api/session', {
      method: 'POST',
      body: { email: world.disabled.email, password: PASSWORD },
    });
    const nobody = await call(server.url, '/api/session', {
      method: 'POST',
      body: { email: 'nobody@example.org', password: PASSWORD },
    });
    expect([wrong.status, disabled.status, nobody.status]).toEqual([401, 401, 401]);
    expect((await json<{ detail: string }>(wrong)).detail).toBe(
      (await json<{ detail: string }>(nobody)).detail,
    );
  });

  it('changes name, validating each field; only admins change their agency here', async () => {
    const cookie = await signIn(server.url, world.observer.email, PASSWORD);
    const ok = await call(server.url, '/api/me', {
      method: 'PATCH',
      cookie,
      body: { name: 'Obi O.' },
    });
    expect(ok.status).toBe(200);
    expect(await json(ok)).toMatchObject({ name: 'Obi O.', agency: null });
    const bad = await call(server.url, '/api/me', {
      method: 'PATCH',
      cookie,
      body: { agency: 'NOPE', name: '' },
    });
    expect(bad.status).toBe(400);
    const problem = await json<{ errors: { field: string }[] }>(bad);
    expect(problem.errors.map((e) => e.field)).toEqual(['name']);
    const ownAgency = await call(server.url, '/api/me', {
      method: 'PATCH',
      cookie,
      body: { name: 'Obi Elsewhere', agency: 'msp' },
    });
    expect(await json(ownAgency)).toMatchObject({ status: 403 });
    expect(await json(await call(server.url, '/api/me', { cookie }))).toMatchObject({
      name: 'Obi O.',
      agency: null,
    });
    const admin = await signIn(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const moved = await call(server.url, '/api/me', {
      method: 'PATCH',
      cookie: admin,
      body: { agency: 'msp' },
    });
    expect(await json(moved)).toMatchObject({ agency: { code: 'MSP', kind: 'government' } });
    const unknown = await call(server.url, '/api/me', {
      method: 'PATCH',
      cookie: admin,
      body: { agency: 'NOPE' },
    });
    expect(await json(unknown)).toMatchObject({ status: 400, errors: [{ field: 'agency' }] });
  });

  it('changing the password ends every other session but this one', async () => {
    const a = await signIn(server.url, world.reviewer.email, PASSWORD);
    const b = await signIn(server.url, world.reviewer.email, PASSWORD);
    const short = await call(server.url, '/api/me/password', {
      method: 'POST',
      cookie: a,
      body: { currentPassword: PASSWORD, newPassword: 'short' },
    });
    expect(await json(short)).toMatchObject({ status: 400, errors: [{ field: 'newPassword' }] });
    const wrongCurrent = await call(server.url, '/api/me/password', {
      method: 'POST',
      cookie: a,
      body: { currentPassword: 'nope nope nope', newPassword: 'a brand new passphrase' },
    });
    expect(await json(wrongCurrent)).toMatchObject({
      status: 400,
      errors: [{ field: 'currentPassword' }],
    });
    const changed = await call(server.url, '/api/me/password', {
      method: 'POST',
      cookie: a,
      body: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' },
    });
    expect(changed.status).toBe(204);
    expect((await call(server.url, '/api/me', { cookie: a })).status).toBe(200);
    expect((await call(server.url, '/api/me', { cookie: b })).status).toBe(401);
    expect(
      (await signIn(server.url, world.reviewer.email, 'a brand new passphrase')).length,
    ).toBeGreaterThan(0);
  });

  it('creates, lists, uses and revokes personal API tokens', async () => {
    const cookie = await signIn(server.url, world.editor.email, PASSWORD);
    const created = await call(server.url, '/api/me/tokens', {
      method: 'POST',
      cookie,
      body: { name: 'sync script' },
    });
    expect(created.status).toBe(201);
    const token = await json<{ id: string; token: string; name: string }>(created);
    expect(token.token).toMatch(/^acc_/);
    const listed = await json<{ tokens: Record<string, unknown>[] }>(
      await call(server.url, '/api/me/tokens', { cookie }),
    );
    expect(listed.tokens.map((t) => t.name)).toContain('sync script');
    expect(JSON.stringify(listed)).not.toContain(token.token);

    const me = await call(server.url, '/api/me', { token: token.token, origin: null });
    expect(await json(me)).toMatchObject({ email: world.editor.email });
    // A token cannot mint another token.
    const minted = await call(server.url, '/api/me/tokens', {
      method: 'POST',
      token: token.token,
      body: { name: 'successor' },
    });
    expect(minted.status).toBe(403);
    // Someone else cannot revoke it.
    expect(
      (
        await call(server.url, `/api/me/tokens/${token.id}`, {
          method: 'DELETE',
          token: world.observer.token,
        })
      ).status,
    ).toBe(404);
    expect(
      (await call(server.url, `/api/me/tokens/${token.id}`, { method: 'DELETE', cookie })).status,
    ).toBe(204);
    expect((await call(server.url, '/api/me', { token: token.token })).status).toBe(401);
  });

  it('issues single-use socket tokens to browser sessions only', async () => {
    const cookie = await signIn(server.url, world.editor.email, PASSWORD);
    const res = await call(server.url, '/api/session/socket-token', { method: 'POST', cookie });
    expect(res.status).toBe(201);
    expect((await json<{ token: string }>(res)).token).toMatch(/^acw_/);
    const viaToken = await call(server.url, '/api/session/socket-token', {
      method: 'POST',
      token: world.editor.token,
    });
    expect([400, 401]).toContain(viaToken.status);
    expect((await call(server.url, '/api/session/socket-token', { method: 'POST' })).status).toBe(
      401,
    );
  });
});

describe('CSRF, throttling and input limits', () => {
  let server: TestServer;
  let world: World;

  beforeAll(async () => {
    server = await startTestServer();
    world = await seedWorld(server.db);
  });
  afterAll(async () => {
    await server.dispose();
  });

  it('refuses cookie-authenticated writes from another origin or with no origin', async () => {
    const cookie = await signIn(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const body = { slug: 'csrf-test', title: 'Forged' };
    const evil = await call(server.url, '/api/standards', {
      method: 'POST',
      cookie,
      body,
      origin: 'https://evil.example',
    });
    const none = await call(server.url, '/api/standards', {
      method: 'POST',
      cookie,
      body,
      origin: null,
    });
    expect([evil.status, none.status]).toEqual([403, 403]);
    const list = (await (await call(server.url, '/api/standards', { cookie })).json()) as {
      standards: { slug: string }[];
    };
    expect(list.standards.map((s) => s.slug)).not.toContain('csrf-test');
    // Sign-in itself is protected too (login CSRF).
    const login = await call(server.url, '/api/session', {
      method: 'POST',
      body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
      origin: 'https://evil.example',
    });
    expect(login.status).toBe(403);
    // Same origin works.
    expect(
      (await call(server.url, '/api/standards', { method: 'POST', cookie, body })).status,
    ).toBe(201);
  });

  it('slows and then refuses a password-guessing run with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 7; i += 1) {
      const res = await call(server.url, '/api/session', {
        method: 'POST',
        body: { email: world.observer.email, password: `guess number ${i}` },
      });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    // Even the right password waits its turn (no oracle while throttled).
    const right = await call(server.url, '/api/session', {
      method: 'POST',
      body: { email: world.observer.email, password: PASSWORD },
    });
    expect(right.status).toBe(429);
    const failures = server.db
      .prepare(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'session.sign-in-failed' AND target_user_id = ?",
      )
      .pluck()
      .get(world.observer.user.id);
    expect(failures).toBe(5);
  });

  it('answers malformed and overlong input with 400 naming the field, changing nothing', async () => {
    const cookie = await signIn(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const count = () => server.db.prepare('SELECT COUNT(*) FROM standards').pluck().get();
    const before = count();
    const cases: [unknown, string][] = [
      [{ slug: 'Bad Slug', title: 'x' }, 'slug'],
      [{ slug: 'ok-slug', title: 'x'.repeat(201) }, 'title'],
      [{ slug: 'ok-slug', title: 'x', language: 'english please' }, 'language'],
      [{ slug: 'ok-slug', title: 'x', extra: 1 }, ''],
      [{ slug: 'x'.repeat(65), title: 'x' }, 'slug'],
    ];
    for (const [body, field] of cases) {
      const res = await call(server.url, '/api/standards', { method: 'POST', cookie, body });
      expect(res.status).toBe(400);
      const problem = (await res.json()) as { errors: { field: string }[] };
      if (field) expect(problem.errors.map((e) => e.field)).toContain(field);
    }
    const notJson = await call(server.url, '/api/standards', {
      method: 'POST',
      cookie,
      raw: '{"slug":',
    });
    expect(await notJson.json()).toMatchObject({ status: 400, errors: [{ field: 'body' }] });
    const huge = await call(server.url, '/api/standards', {
      method: 'POST',
      cookie,
      raw: JSON.stringify({ slug: 'huge', title: 'x'.repeat(100_000) }),
    });
    expect(huge.status).toBe(413);
    const badParam = await call(server.url, '/api/me/tokens/not-a-uuid', {
      method: 'DELETE',
      cookie,
    });
    expect(badParam.status).toBe(400);
    expect(count()).toBe(before);
  });

  it('creates standards with a default language and refuses a taken slug', async () => {
    const cookie = await signIn(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const res = await call(server.url, '/api/standards', {
      method: 'POST',
      cookie,
      body: { slug: 'new-one', title: 'New one' },
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as Record<string, string>;
    expect(created).toMatchObject({
      slug: 'new-one',
      title: 'New one',
      language: 'en',
      role: 'admin',
    });
    expect(created.document).toBe(`standard/${created.id}`);
    const again = await call(server.url, '/api/standards', {
      method: 'POST',
      cookie,
      body: { slug: 'new-one', title: 'Again' },
    });
    expect(await again.json()).toMatchObject({ status: 400, errors: [{ field: 'slug' }] });
  });
});

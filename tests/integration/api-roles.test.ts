import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../server/accounts/users.ts';
import { hashSecret } from '../../server/auth/secret-token.ts';
import { revokeApiToken } from '../../server/auth/api-tokens.ts';
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

// Every kind of caller, each with the credential it would really use.
type Who =
  | 'admin'
  | 'editor'
  | 'reviewer'
  | 'observer'
  | 'stranger'
  | 'disabled'
  | 'expired'
  | 'revoked'
  | 'anonymous';

describe('API role × action matrix', () => {
  let server: TestServer;
  let world: World;
  let targetId = '';
  const creds: Record<Who, { cookie?: string; token?: string }> = {} as never;

  beforeAll(async () => {
    server = await startTestServer();
    world = await seedWorld(server.db);
    const base = server.url;
    creds.admin = { cookie: await signIn(base, ADMIN_EMAIL, ADMIN_PASSWORD) };
    creds.editor = { cookie: await signIn(base, world.editor.email, PASSWORD) };
    creds.reviewer = { token: world.reviewer.token };
    creds.observer = { cookie: await signIn(base, world.observer.email, PASSWORD) };
    creds.stranger = { token: world.stranger.token };
    creds.disabled = { token: world.disabled.token };
    // A second observer session, pushed past its idle expiry in the database.
    const expired = await signIn(base, world.observer.email, PASSWORD);
    const secret = decodeURIComponent(expired.split('=')[1] ?? '');
    server.db.prepare('UPDATE sessions SET last_seen_at = 0 WHERE id = ?').run(hashSecret(secret));
    creds.expired = { cookie: expired };
    revokeApiToken(
      server.db,
      world.editor.user.id,
      server.db
        .prepare('SELECT id FROM api_tokens WHERE user_id = ?')
        .pluck()
        .get(world.editor.user.id) as string,
    );
    creds.revoked = { token: world.editor.token };
    creds.anonymous = {};
    const target = await createUser(server.db, {
      email: 'target@example.org',
      name: 'Tara Target',
      agencyId: null,
      isAdmin: false,
      password: PASSWORD,
    });
    if (target.ok) targetId = target.user.id;
  });
  afterAll(async () => {
    await server.dispose();
  });

  const slug = 'child-identification';
  const req = (who: Who, path: string, init: { method?: string; body?: unknown } = {}) =>
    call(server.url, path, { ...init, ...creds[who] });

  const table: [string, (who: Who) => Promise<Response>, Record<Who, number>][] = [
    [
      'GET /api/standards/{slug}',
      (who) => req(who, `/api/standards/${slug}`),
      {
        admin: 200,
        editor: 200,
        reviewer: 200,
        observer: 200,
        stranger: 404,
        disabled: 401,
        expired: 401,
        revoked: 401,
        anonymous: 401,
      },
    ],
    [
      'GET /api/standards/{slug}/members',
      (who) => req(who, `/api/standards/${slug}/members`),
      {
        admin: 200,
        editor: 200,
        reviewer: 200,
        observer: 200,
        stranger: 404,
        disabled: 401,
        expired: 401,
        revoked: 401,
        anonymous: 401,
      },
    ],
    [
      'PUT /api/standards/{slug}/members/{id} (grant)',
      (who) =>
        req(who, `/api/standards/${slug}/members/${targetId}`, {
          method: 'PUT',
          body: { role: 'observer' },
        }),
      {
        admin: 201,
        editor: 403,
        reviewer: 403,
        observer: 403,
        stranger: 404,
        disabled: 401,
        expired: 401,
        revoked: 401,
        anonymous: 401,
      },
    ],
    [
      'DELETE /api/standards/{slug}/members/{id} (revoke)',
      (who) => req(who, `/api/standards/${slug}/members/${targetId}`, { method: 'DELETE' }),
      {
        admin: 204,
        editor: 403,
        reviewer: 403,
        observer: 403,
        stranger: 404,
        disabled: 401,
        expired: 401,
        revoked: 401,
        anonymous: 401,
      },
    ],
    [
      'POST /api/standards',
      (who) =>
        req(who, '/api/standards', { method: 'POST', body: { slug: `new-${who}`, title: 'New' } }),
      {
        admin: 201,
        editor: 403,
        reviewer: 403,
        observer: 403,
        stranger: 403,
        disabled: 401,
        expired: 401,
        revoked: 401,
        anonymous: 401,
      },
    ],
    [
      'GET /api/audit',
      (who) => req(who, '/api/audit'),
      {
        admin: 200,
        editor: 403,
        reviewer: 403,
        observer: 403,
        stranger: 403,
        disabled: 401,
        expired: 401,
        revoked: 401,
        anonymous: 401,
      },
    ],
    [
      'GET /api/users',
      (who) => req(who, '/api/users'),
      {
        admin: 200,
        editor: 403,
        reviewer: 403,
        observer: 403,
        stranger: 403,
        disabled: 401,
        expired: 401,
        revoked: 401,
        anonymous: 401,
      },
    ],
    [
      'POST /api/agencies',
      (who) =>
        req(who, '/api/agencies', {
          method: 'POST',
          body: { code: `A${who.slice(0, 5)}`, name: 'An agency', kind: 'ngo' },
        }),
      {
        admin: 201,
        editor: 403,
        reviewer: 403,
        observer: 403,
        stranger: 403,
        disabled: 401,
        expired: 401,
        revoked: 401,
        anonymous: 401,
      },
    ],
    [
      'GET /api/me',
      (who) => req(who, '/api/me'),
      {
        admin: 200,
        editor: 200,
        reviewer: 200,
        observer: 200,
        stranger: 200,
        disabled: 401,
        expired: 401,
        revoked: 401,
        anonymous: 401,
      },
    ],
  ];

  for (const [name, run, expected] of table) {
    it(name, async () => {
      const got: Partial<Record<Who, number>> = {};
      for (const who of Object.keys(expected) as Who[]) got[who] = (await run(who)).status;
      expect(got).toEqual(expected);
    });
  }

  it('lists only the standards a caller holds a role on, with that role and the document name', async () => {
    const list = async (who: Who) =>
      (
        (await (await req(who, '/api/standards')).json()) as {
          standards: { slug: string; role: string; document: string }[];
        }
      ).standards;
    expect((await list('reviewer')).map((s) => [s.slug, s.role])).toEqual([[slug, 'reviewer']]);
    expect((await list('stranger')).map((s) => [s.slug, s.role])).toEqual([
      ['referral-pathways', 'editor'],
    ]);
    const admin = await list('admin');
    expect(admin.map((s) => s.slug)).toContain(slug);
    expect(admin.every((s) => s.role === 'admin')).toBe(true);
    const [mine] = await list('observer');
    expect(mine?.document).toBe(`standard/${world.standard.id}`);
  });

  it('answers a missing standard exactly like one the caller may not see', async () => {
    const hidden = await req('stranger', `/api/standards/${slug}`);
    const missing = await req('stranger', '/api/standards/no-such-standard');
    expect(hidden.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(((await hidden.json()) as { title: string }).title).toBe(
      ((await missing.json()) as { title: string }).title,
    );
  });
});

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/open.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, call, signIn } from '../helpers/accounts.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

// Each spawn starts tsx and loads the server code: seconds on a busy machine.
describe('npx accord (admin CLI) against a running server', { timeout: 180_000 }, () => {
  let server: TestServer;
  const accord = (...args: string[]) =>
    new Promise<Run>((resolve) => {
      execFile(
        process.execPath,
        ['bin/accord.js', ...args],
        { env: { ...process.env, DATA_DIR: server.dataDir, LOG_LEVEL: 'silent' } },
        (err, stdout, stderr) => {
          const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
          resolve({ code, stdout, stderr });
        },
      );
    });

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.dispose();
  });

  it('adds an agency, a standard and a user who can then sign in and see it', async () => {
    expect(
      await accord(
        'agency',
        'add',
        'MOE',
        '--name',
        'Ministry of Education',
        '--kind',
        'government',
      ),
    ).toMatchObject({ code: 0 });
    const standard = await accord(
      'standard',
      'add',
      'school-guidance',
      '--title',
      'School guidance',
    );
    expect(standard.code).toBe(0);
    // The CLI seeds the draft like the API does: one server-written first block.
    const document = /\(document (\S+)\)/.exec(standard.stdout)?.[1] ?? '';
    expect(server.store.readLog(document)).toHaveLength(1);
    const added = await accord(
      'user',
      'add',
      'Teacher@Example.org',
      '--name',
      'Tea Cher',
      '--agency',
      'moe',
    );
    expect(added.code).toBe(0);
    const password = /password: (\S+)/.exec(added.stdout)?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(12);
    expect((await accord('grant', 'teacher@example.org', 'school-guidance', 'reviewer')).code).toBe(
      0,
    );

    const cookie = await signIn(server.url, 'teacher@example.org', password);
    const me = (await (await call(server.url, '/api/me', { cookie })).json()) as {
      agency: { code: string };
    };
    expect(me.agency.code).toBe('MOE');
    const list = (await (await call(server.url, '/api/standards', { cookie })).json()) as {
      standards: { slug: string; role: string }[];
    };
    expect(list.standards).toMatchObject([{ slug: 'school-guidance', role: 'reviewer' }]);

    const users = await accord('user', 'list');
    expect(users.stdout).toMatch(/Teacher@Example\.org\tTea Cher\tMOE\t-/);

    expect((await accord('revoke', 'teacher@example.org', 'school-guidance')).code).toBe(0);
    expect((await call(server.url, '/api/standards/school-guidance', { cookie })).status).toBe(404);
  });

  it('creates tokens, changes passwords and disables users', async () => {
    await accord(
      'user',
      'add',
      'script@example.org',
      '--name',
      'Script',
      '--password',
      'a long enough password',
    );
    const token = (await accord('token', 'create', 'script@example.org')).stdout.trim();
    expect(token).toMatch(/^acc_/);
    expect((await call(server.url, '/api/me', { token })).status).toBe(200);
    const cookie = await signIn(server.url, 'script@example.org', 'a long enough password');

    const passwd = await accord(
      'user',
      'passwd',
      'script@example.org',
      '--password',
      'another long password',
    );
    expect(passwd.code).toBe(0);
    expect((await call(server.url, '/api/me', { cookie })).status).toBe(401);

    expect((await accord('user', 'disable', 'script@example.org')).code).toBe(0);
    expect((await call(server.url, '/api/me', { token })).status).toBe(401);
    const actions = server.db
      .prepare(
        "SELECT action FROM audit_log WHERE json_extract(detail, '$.via') = 'cli' ORDER BY id",
      )
      .pluck()
      .all();
    expect(actions).toEqual(
      expect.arrayContaining(['user.create', 'token.create', 'user.disable']),
    );
  });

  it('fails clearly, with non-zero exit codes, on bad input', async () => {
    const cases: [string[], number, RegExp][] = [
      [['frobnicate'], 2, /unknown command/],
      [['user', 'add', 'not-an-email', '--name', 'X'], 2, /email/],
      [['user', 'add', 'x@example.org'], 2, /--name/],
      [['user', 'add', 'x@example.org', '--name', 'X', '--password', 'short'], 2, /12 characters/],
      [['user', 'add', ADMIN_EMAIL, '--name', 'Again'], 1, /exists already/],
      [['grant', 'nobody@example.org', 'school-guidance', 'editor'], 1, /no user/],
      [['grant', ADMIN_EMAIL, 'school-guidance', 'overlord'], 2, /role/],
      [['user', 'list', '--bogus'], 2, /Unknown option/],
      [['agency', 'add', 'X', '--name', 'Too short code'], 2, /agency code/],
    ];
    for (const [args, code, message] of cases) {
      const run = await accord(...args);
      expect({ args, code: run.code }).toEqual({ args, code });
      expect(run.stderr).toMatch(message);
    }
    expect(await accord('user', 'list')).not.toMatchObject({
      stdout: expect.stringContaining('x@example.org') as unknown,
    });
  });

  it('backs up the live database to a consistent copy', async () => {
    const file = join(server.dataDir, 'backup.sqlite');
    const run = await accord('backup', file);
    expect(run.code).toBe(0);
    const copy = openDatabase(file);
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare('SELECT email FROM users WHERE email = ?').pluck().get(ADMIN_EMAIL)).toBe(
        ADMIN_EMAIL,
      );
    } finally {
      copy.close();
    }
    expect((await accord('backup', file)).code).toBe(1);
    // The server carried on.
    expect((await signIn(server.url, ADMIN_EMAIL, ADMIN_PASSWORD)).length).toBeGreaterThan(0);
  });
});

// The password throttle under concurrency: attempts are counted when they start, so a burst
// of parallel guesses (sign-in or password change) gets no more tries than a sequential run.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, PASSWORD, seedWorld, type World } from '../helpers/accounts.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
let world: World;

beforeEach(async () => {
  server = await startTestServer();
  world = await seedWorld(server.db);
});
afterEach(async () => {
  await server.dispose();
});

const signIn = (email: string, password: string) =>
  call(server.url, '/api/session', { method: 'POST', body: { email, password } });

const changePassword = (token: string, currentPassword: string) =>
  call(server.url, '/api/me/password', {
    method: 'POST',
    token,
    body: { currentPassword, newPassword: 'a brand new passphrase' },
  });

/** How many answers had each status, e.g. { 401: 5, 429: 25 }. */
function tally(responses: Response[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const res of responses) counts[res.status] = (counts[res.status] ?? 0) + 1;
  return counts;
}

function auditCount(action: string, userId: string | null = null): unknown {
  const sql = userId
    ? 'SELECT COUNT(*) FROM audit_log WHERE action = ? AND target_user_id = ?'
    : 'SELECT COUNT(*) FROM audit_log WHERE action = ?';
  const query = server.db.prepare(sql).pluck();
  return userId ? query.get(action, userId) : query.get(action);
}

describe('sign-in throttle under parallel attempts', () => {
  it('checks only the free attempts of one account and refuses the rest with 429', async () => {
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signIn(world.observer.email, `parallel guess ${i}`)),
    );
    expect(tally(burst)).toEqual({ 401: 5, 429: 25 });
    const refused = burst.find((res) => res.status === 429);
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await refused?.json()).toMatchObject({ status: 429, title: 'Too Many Requests' });
    // Only the checked attempts were recorded as failed sign-ins.
    expect(auditCount('session.sign-in-failed', world.observer.user.id)).toBe(5);
    // While throttled, even the right password is refused unchecked.
    expect((await signIn(world.observer.email, PASSWORD)).status).toBe(429);
    expect(auditCount('session.sign-in')).toBe(0);
  });

  it('holds the per-address limit against a parallel spray over many accounts', async () => {
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signIn(`nobody-${i}@example.org`, 'a guess here')),
    );
    expect(tally(burst)).toEqual({ 401: 20, 429: 10 });
    // A fresh account from the same address is refused too.
    expect((await signIn(world.editor.email, PASSWORD)).status).toBe(429);
  });

  it('lets parallel right passwords in and leaves nothing counted against the account', async () => {
    const burst = await Promise.all(
      Array.from({ length: 4 }, () => signIn(world.editor.email, PASSWORD)),
    );
    expect(tally(burst)).toEqual({ 200: 4 });
    // The account starts afresh: its five free failures are all still there.
    const after = await Promise.all(
      Array.from({ length: 6 }, (_, i) => signIn(world.editor.email, `wrong ${i}`)),
    );
    expect(tally(after)).toEqual({ 401: 5, 429: 1 });
  });
});

describe('password change throttle under parallel attempts', () => {
  it('checks only the free current-password guesses from a stolen token; the rest get 429', async () => {
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) => changePassword(world.reviewer.token, `guess ${i}`)),
    );
    expect(tally(burst)).toEqual({ 400: 5, 429: 25 });
    const refused = burst.find((res) => res.status === 429);
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused?.headers.get('content-type')).toContain('application/problem+json');
    // The right current password waits too, and the password is unchanged.
    expect((await changePassword(world.reviewer.token, PASSWORD)).status).toBe(429);
    expect(auditCount('password.change')).toBe(0);
    // The account's sign-ins share the count: guessing here cannot reset it there.
    expect((await signIn(world.reviewer.email, PASSWORD)).status).toBe(429);
  });

  it('counts sign-in failures and password-change failures of one account together', async () => {
    const failures = await Promise.all(
      Array.from({ length: 3 }, (_, i) => signIn(world.observer.email, `wrong ${i}`)),
    );
    expect(tally(failures)).toEqual({ 401: 3 });
    const burst = await Promise.all(
      Array.from({ length: 10 }, (_, i) => changePassword(world.observer.token, `guess ${i}`)),
    );
    expect(tally(burst)).toEqual({ 400: 2, 429: 8 });
  });
});

// Text that hides or reverses itself, bytes that are not UTF-8, slugs that clash with Accord's
// own pages and absurd dates are refused with a clear 400/422, and nothing is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, fixture, type World } from '../fixtures/releases/world.ts';
import { call, signIn } from '../helpers/accounts.ts';

let world: World;
const base = '/standards/hygiene';
const count = (table: string) =>
  (world.server.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
const candidate = {
  version: '1.0',
  summary: 'How practitioners identify and refer children who may need protection.',
  changeNote: 'First version.',
  effectiveDate: '2026-01-01',
};
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  world = await createWorld();
  world.addStandard('hygiene', fixture('base'));
});
afterAll(() => world.dispose());

describe('input hygiene', () => {
  it('refuses control characters, direction overrides and broken characters in release text', async () => {
    for (const bad of [
      { title: 'Subtitle \u202eLIVE TON OD' },
      { changeNote: 'First\u0000 version.' },
      { summary: 'sum\u0007mary' },
      { summary: 'broken \ud800 character' },
    ]) {
      const reply = await world.api('editor', 'POST', `${base}/releases`, { ...candidate, ...bad });
      expect(reply.status, JSON.stringify(bad)).toBe(400);
      expect(reply.contentType).toContain('application/problem+json');
    }
    expect(count('releases')).toBe(0);
    // Line breaks and tabs are text, in a change note as anywhere.
    const fine = await world.api('editor', 'POST', `${base}/releases`, {
      ...candidate,
      changeNote: 'First version.\n\tWritten with the working group.',
    });
    expect(fine.status).toBe(201);
  });

  it('refuses the same in round names, comments and token names', async () => {
    const rounds = count('review_rounds');
    for (const name of ['ok\u0000name', 'B round \u202eevil']) {
      const reply = await world.api('editor', 'POST', `${base}/rounds`, {
        name,
        closesAt: inAWeek(),
      });
      expect(reply.status, name).toBe(400);
    }
    expect(count('review_rounds')).toBe(rounds);
    const opened = await world.api('editor', 'POST', `${base}/rounds`, {
      name: 'Consultation',
      closesAt: inAWeek(),
    });
    expect(opened.status).toBe(201);
    const roundId = (opened.body.round as { id: string }).id;
    const renamed = await world.api('editor', 'PATCH', `${base}/rounds/${roundId}`, {
      name: 'x\u202ey',
    });
    expect(renamed.status).toBe(400);

    const threads = count('review_threads');
    for (const body of ['Please \u202eweiver', 'a\ud800b']) {
      const reply = await world.api('reviewer', 'POST', `${base}/threads`, {
        targetId: 'p-scope1',
        type: 'general',
        body,
      });
      expect(reply.status, body).toBe(400);
    }
    expect(count('review_threads')).toBe(threads);

    const tokens = count('api_tokens');
    // Tokens are made from a signed-in session, not with another token.
    const cookie = await signIn(world.server.url, 'editor@example.test', 'a-long-test-password');
    const token = await call(world.server.url, '/api/me/tokens', {
      method: 'POST',
      cookie,
      body: { name: 'ci\u0000' },
    });
    expect(token.status).toBe(400);
    expect(count('api_tokens')).toBe(tokens);
  });

  it('refuses a closing date years away, such as 9999-12-31', async () => {
    const reply = await world.api('editor', 'POST', `${base}/rounds`, {
      name: 'Far away',
      closesAt: '9999-12-31',
    });
    expect(reply.status).toBe(422);
    expect(reply.body.detail).toContain('five years');
  });

  it('refuses a JSON body that is not UTF-8 instead of storing replacement characters', async () => {
    const before = world.server.db
      .prepare('SELECT name FROM users WHERE id = ?')
      .get(world.userIds.editor) as { name: string };
    const bytes = Buffer.concat([
      Buffer.from('{"name":"'),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
      Buffer.from('"}'),
    ]);
    const reply = await fetch(`${world.server.url}/api/me`, {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${world.tokens.editor}`,
        'content-type': 'application/json',
      },
      body: bytes,
    });
    expect(reply.status).toBe(400);
    expect(JSON.stringify(await reply.json())).toContain('UTF-8');
    const after = world.server.db
      .prepare('SELECT name FROM users WHERE id = ?')
      .get(world.userIds.editor) as { name: string };
    expect(after).toEqual(before);
  });

  it("refuses a standard named like one of Accord's own pages", async () => {
    const standards = count('standards');
    for (const slug of ['edit', 'api', 'search', 'pagefind', 'healthz']) {
      const reply = await world.api('admin', 'POST', '/standards', { slug, title: 'Clash' });
      expect(reply.status, slug).toBe(400);
      expect(JSON.stringify(reply.body)).toContain('reserved');
    }
    expect(count('standards')).toBe(standards);
  });

  it('closes the connection after refusing a body that is too large', async () => {
    const reply = await fetch(`${world.server.url}/api/standards`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${world.tokens.admin}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ slug: 'huge', title: 'x'.repeat(2_000_000) }),
    });
    expect(reply.status).toBe(413);
    expect(reply.headers.get('connection')).toBe('close');
  });
});

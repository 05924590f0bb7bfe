// Only an administrator changes a user's agency: a reviewer's agency decides whose comments
// they see during an open round, so PATCH /api/me refuses `agency` from anyone else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../helpers/accounts.ts';
import { createReviewWorld, openRound, type Persona, type ReviewWorld } from './review-world.ts';

let w: ReviewWorld;

beforeAll(async () => {
  w = await createReviewWorld();
  await openRound(w, 'Consultation');
  // One comment from each agency: reviewer is MOI, reviewer2 is MOH.
  for (const who of ['reviewer', 'reviewer2'] as const) {
    const made = await w.api(who, 'POST', '/threads', {
      targetId: 'p-listen',
      type: 'general',
      body: `An illustrative comment from ${who}.`,
    });
    expect(made.status).toBe(201);
  }
});
afterAll(() => w.dispose());

type Json = Record<string, unknown>;

const me = async (who: Persona) =>
  (await (await call(w.server.url, '/api/me', { token: w.tokens[who] })).json()) as Json;

const patchMe = (who: Persona, body: unknown) =>
  call(w.server.url, '/api/me', { method: 'PATCH', token: w.tokens[who], body });

const visibleAgencies = async (who: Persona) =>
  ((await w.api(who, 'GET', '/threads')).body.threads as Json[]).map(
    (t) => (t.agency as Json).code,
  );

describe('PATCH /api/me and agency', () => {
  it('refuses a reviewer moving themself to another agency, changing nothing', async () => {
    expect(await visibleAgencies('reviewer2')).toEqual(['MOH']);
    const before = await me('reviewer2');
    for (const body of [{ agency: 'MOI' }, { agency: null }, { name: 'Renamed', agency: 'MOI' }]) {
      const res = await patchMe('reviewer2', body);
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(await res.json()).toMatchObject({
        status: 403,
        title: 'Forbidden',
        detail: expect.stringContaining('administrator') as unknown,
      });
    }
    expect(await me('reviewer2')).toEqual(before);
    expect(before).toMatchObject({ agency: { code: 'MOH' } });
    // Still only their own agency's comments, and new comments still go under MOH.
    expect(await visibleAgencies('reviewer2')).toEqual(['MOH']);
    const filed = await w.api('reviewer2', 'POST', '/threads', {
      targetId: 'p-pace',
      type: 'editorial',
      body: 'Another illustrative comment.',
    });
    expect(filed.body.thread).toMatchObject({ agency: { code: 'MOH' } });
    expect(await visibleAgencies('reviewer2')).toEqual(['MOH', 'MOH']);
  });

  it('still lets anyone rename themself', async () => {
    const res = await patchMe('reviewer', { name: 'Rev Renamed' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ name: 'Rev Renamed', agency: { code: 'MOI' } });
  });

  it('lets an admin move a user to another agency, and visibility follows', async () => {
    const res = await call(w.server.url, `/api/users/${w.userIds.reviewer2}`, {
      method: 'PATCH',
      token: w.tokens.admin,
      body: { agency: 'MOI' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ agency: { code: 'MOI' } });
    expect(await me('reviewer2')).toMatchObject({ agency: { code: 'MOI' } });
    // Now MOI's comments too (and still the ones they wrote themself).
    expect((await visibleAgencies('reviewer2')).sort()).toEqual(['MOH', 'MOH', 'MOI']);
  });

  it('lets an admin change their own agency on /api/me, validating the code', async () => {
    const res = await patchMe('admin', { agency: 'moh' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ agency: { code: 'MOH' } });
    const unknown = await patchMe('admin', { agency: 'NOPE' });
    expect(await unknown.json()).toMatchObject({ status: 400, errors: [{ field: 'agency' }] });
    expect((await patchMe('admin', { agency: null })).status).toBe(200);
    expect(await me('admin')).toMatchObject({ agency: null });
  });
});

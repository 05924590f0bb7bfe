// Bad input is refused with a 400 problem naming the field, and changes nothing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../server/accounts/audit.ts';
import { createWorld, fixture, type World } from '../fixtures/releases/world.ts';

let world: World;
const base = '/standards/bad-input/releases';
const good = {
  version: '1.1',
  summary: 'What it covers.',
  changeNote: 'What changed.',
  effectiveDate: '2027-03-01',
};

beforeAll(async () => {
  world = await createWorld();
  world.addStandard('bad-input', fixture('base'));
  // 1.0 exists, so 1.0 and lower are not increasing.
  const first = await world.api('editor', 'POST', base, { ...good, version: '1.0' });
  expect(first.status).toBe(201);
});
afterAll(() => world.dispose());

const snapshot = async () => ({
  releases: (await world.api('admin', 'GET', base)).body,
  audit: listAudit(world.server.db, { limit: 1000 }).length,
  files: existsSync(join(world.standardsDir, 'bad-input')),
});

const cases: [string, Record<string, unknown>, string][] = [
  ['a version without a minor part', { ...good, version: '2' }, 'version'],
  ['a three-part version', { ...good, version: '1.1.0' }, 'version'],
  ['a version with a prefix', { ...good, version: 'v1.1' }, 'version'],
  ['a version with leading zeros', { ...good, version: '1.01' }, 'version'],
  ['a version that is not a string', { ...good, version: 1.1 }, 'version'],
  ['the same version again', { ...good, version: '1.0' }, 'version'],
  ['a lower version', { ...good, version: '0.9' }, 'version'],
  ['no change note', { version: '1.1', summary: 'x', effectiveDate: '2027-03-01' }, 'changeNote'],
  ['a blank change note', { ...good, changeNote: '   ' }, 'changeNote'],
  ['no effective date', { version: '1.1', changeNote: 'x' }, 'effectiveDate'],
  ['an impossible date', { ...good, effectiveDate: '2027-02-30' }, 'effectiveDate'],
  ['a date in another format', { ...good, effectiveDate: '01/03/2027' }, 'effectiveDate'],
  ['a date-time', { ...good, effectiveDate: '2027-03-01T00:00:00Z' }, 'effectiveDate'],
  ['an unknown field', { ...good, status: 'published' }, 'body'],
];

describe('creating a candidate with bad input', () => {
  for (const [what, body, field] of cases) {
    it(`refuses ${what}`, async () => {
      const before = await snapshot();
      const reply = await world.api('editor', 'POST', base, body);
      expect(reply.status).toBe(400);
      expect(reply.contentType).toContain('application/problem+json');
      expect(reply.body).toMatchObject({ status: 400, title: 'Bad Request' });
      const fields = (reply.body.errors as { field: string }[]).map((e) => e.field);
      expect(fields.some((f) => f === field || (field === 'body' && f === ''))).toBe(true);
      expect(await snapshot()).toEqual(before);
    });
  }

  it('refuses a body that is not JSON', async () => {
    const before = await snapshot();
    const response = await fetch(`${world.server.url}/api${base}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${world.tokens.editor}`,
        'content-type': 'application/json',
      },
      body: '{"version": "1.1",',
    });
    expect(response.status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a malformed version in the path', async () => {
    expect((await world.api('editor', 'GET', `${base}/latest`)).status).toBe(400);
    expect((await world.api('admin', 'POST', `${base}/1.0.0/approve`)).status).toBe(400);
  });

  it('refuses bad diff queries', async () => {
    for (const query of ['from=1&to=draft', 'from=1.0&to=head', 'from=1.0&to=1.0&extra=1']) {
      expect(
        (await world.api('observer', 'GET', `/standards/bad-input/diff?${query}`)).status,
        query,
      ).toBe(400);
    }
    expect(
      (await world.api('observer', 'GET', '/standards/bad-input/diff?from=3.0&to=draft')).status,
    ).toBe(404);
  });

  it('refuses to freeze a draft with broken ids or cross-references', async () => {
    world.addStandard('broken-draft', {
      type: 'doc',
      content: [
        {
          type: 'clause',
          attrs: { id: 'c-scope', level: 1, kind: 'clause', annexType: null },
          content: [{ type: 'text', text: 'Scope' }],
        },
        {
          type: 'provision',
          attrs: { id: 'p-scope1', kind: 'requirement' },
          content: [
            { type: 'text', text: 'Practitioners shall follow clause ' },
            { type: 'crossRef', attrs: { target: 'c-missing' } },
            { type: 'text', text: '.' },
          ],
        },
      ],
    });
    const before = listAudit(world.server.db, { limit: 1000 }).length;
    const reply = await world.api('editor', 'POST', '/standards/broken-draft/releases', good);
    expect(reply.status).toBe(409);
    expect(reply.body.errors).toEqual([
      {
        field: 'p-scope1',
        message: expect.stringContaining('cross-reference to missing') as unknown,
      },
    ]);
    expect((await world.api('editor', 'GET', '/standards/broken-draft/releases')).body).toEqual({
      releases: [],
    });
    expect(listAudit(world.server.db, { limit: 1000 }).length).toBe(before);
  });

  it('still accepts the good input afterwards', async () => {
    const reply = await world.api('editor', 'POST', base, good);
    expect(reply.status).toBe(201);
  });

  it('refuses an effective date before the one of the latest published version', async () => {
    expect((await world.api('admin', 'POST', `${base}/1.0/approve`)).status).toBe(200);
    expect((await world.api('admin', 'POST', `${base}/1.0/publish`)).status).toBe(200);
    const before = await snapshot();
    const early = await world.api('editor', 'POST', base, {
      ...good,
      version: '1.2',
      effectiveDate: '1999-01-01',
    });
    expect(early.status).toBe(400);
    expect(early.body.errors).toEqual([
      {
        field: 'effectiveDate',
        message:
          'The effective date cannot be before 2027-03-01, when the published version 1.0 takes effect.',
      },
    ]);
    expect(await snapshot()).toEqual(before);
    const sameDay = await world.api('editor', 'POST', base, { ...good, version: '1.2' });
    expect(sameDay.status).toBe(201);
  });
});

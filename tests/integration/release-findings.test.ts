// What the checks find in a draft and in a frozen release, through the API: warnings and advice
// that do not stop a freeze are still reported, with the number of the clause they are in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clause, doc, provision, term } from '../../model/builders.ts';
import { createWorld, type World } from '../fixtures/releases/world.ts';

let world: World;
const base = '/standards/checks';

// Illustrative content with three things a secretariat should see before publishing.
const draft = doc(
  clause('c-chkscope', 1, 'Scope'),
  provision('p-chkscope', 'statement', 'This standard covers identification and referral.'),
  clause('c-chkterms', 1, 'Terms and definitions'),
  term('t-chkind1', 'indicator', 'a sign that a child may need protection'),
  term('t-chkind2', 'indicator', 'an observation that calls for a conversation with the child'),
  clause('c-chkrefer', 1, 'Referral'),
  provision('p-chkrefer', 'requirement', 'The practitioner refers the child the same day.'),
  provision('p-chknote', 'note', 'The lead shall be told at once.'),
);

beforeAll(async () => {
  world = await createWorld();
  world.addStandard('checks', draft);
});
afterAll(() => world.dispose());

const summary = (findings: { code: string; severity: string; where: string | null }[]) =>
  findings.map((f) => `${f.severity} ${f.code} ${f.where ?? '-'}`);

describe('findings for the people who freeze, approve and publish', () => {
  it('lists the draft’s warnings and advice, warnings first, with where they are', async () => {
    const reply = await world.api('observer', 'GET', `${base}/draft/findings`);
    expect(reply.status).toBe(200);
    expect(summary(reply.body.findings as never)).toEqual([
      'warning duplicate-term 2.2',
      'warning requirement-in-note 3',
      'info requirement-without-shall 3.1',
    ]);
  });

  it('keeps them with the frozen release, which they did not stop', async () => {
    const created = await world.api('editor', 'POST', `${base}/releases`, {
      version: '1.0',
      summary: 'Illustrative.',
      changeNote: 'First version.',
      effectiveDate: '2026-01-01',
    });
    expect(created.status).toBe(201);
    const reply = await world.api('admin', 'GET', `${base}/releases/1.0/findings`);
    expect(reply.status).toBe(200);
    expect(summary(reply.body.findings as never)).toHaveLength(3);
  });

  it('answers 404 for an unknown release or standard, and strangers see nothing', async () => {
    expect((await world.api('admin', 'GET', `${base}/releases/9.9/findings`)).status).toBe(404);
    expect((await world.api('stranger', 'GET', `${base}/draft/findings`)).status).toBe(404);
    expect((await world.api('admin', 'GET', '/standards/nope/draft/findings')).status).toBe(404);
  });
});

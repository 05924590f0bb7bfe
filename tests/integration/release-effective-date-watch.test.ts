// The server asks for a site rebuild on the day a published version comes into effect,
// read from the real releases table; the clock is injected so the test can move the date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.ts';
import { standardsDue, watchEffectiveDates } from '../../server/releases/effective-date-watch.ts';
import { createWorld, fixture, type World } from '../fixtures/releases/world.ts';

let world: World;
const base = '/standards/watched/releases';

beforeAll(async () => {
  world = await createWorld();
  world.addStandard('watched', fixture('base'));
  const created = await world.api('editor', 'POST', base, {
    version: '1.0',
    summary: 'How practitioners identify and refer children (illustrative).',
    changeNote: 'First version.',
    effectiveDate: '2027-01-01',
  });
  expect(created.status).toBe(201);
  await world.api('admin', 'POST', `${base}/1.0/approve`);
  expect((await world.api('admin', 'POST', `${base}/1.0/publish`)).status).toBe(200);
});
afterAll(() => world.dispose());

describe('watchEffectiveDates', () => {
  it('rebuilds a standard once, on the day its published version takes effect', () => {
    let clock = new Date(2026, 10, 29, 9, 0);
    const due: string[] = [];
    const watch = watchEffectiveDates({
      db: world.server.db,
      logger: createLogger('silent'),
      onDue: (slug) => due.push(slug),
      now: () => clock,
    });
    try {
      expect(watch.check()).toEqual([]);
      clock = new Date(2026, 11, 31, 23, 59);
      expect(watch.check()).toEqual([]);
      clock = new Date(2027, 0, 1, 0, 0, 5);
      expect(watch.check()).toEqual(['watched']);
      // Later checks that day, and the next days, do not rebuild again.
      clock = new Date(2027, 0, 2, 0, 0, 5);
      expect(watch.check()).toEqual([]);
      expect(due).toEqual(['watched']);
    } finally {
      watch.stop();
    }
  });

  it('catches up after a server was down over the date, from the day the site was built', () => {
    const due: string[] = [];
    const watch = watchEffectiveDates({
      db: world.server.db,
      logger: createLogger('silent'),
      onDue: (slug) => due.push(slug),
      since: '2026-12-20',
      now: () => new Date(2027, 0, 5, 12, 0),
    });
    try {
      expect(watch.check()).toEqual(['watched']);
    } finally {
      watch.stop();
    }
  });

  it('ignores dates already reflected and dates still to come', () => {
    const rows = [
      { slug: 'a', effectiveDate: '2027-01-01' },
      { slug: 'b', effectiveDate: '2027-03-01' },
      { slug: 'a', effectiveDate: '2026-01-01' },
    ];
    expect(standardsDue(rows, '2026-12-31', '2027-01-01')).toEqual(['a']);
    expect(standardsDue(rows, '2027-01-01', '2027-02-28')).toEqual([]);
    expect(standardsDue(rows, '2026-01-01', '2027-03-01')).toEqual(['a', 'b']);
  });
});

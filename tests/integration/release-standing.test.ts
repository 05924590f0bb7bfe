import { describe, expect, it } from 'vitest';
import { dayBefore, releaseStanding, type StandingInput } from '../../model/release-standing.ts';

const v10: StandingInput = {
  version: '1.0',
  status: 'superseded',
  effectiveDate: '2026-01-01',
  publishedAt: '2025-12-01T10:00:00.000Z',
};
// Published on 29 November 2026, in effect from 1 January 2027.
const v11: StandingInput = {
  version: '1.1',
  status: 'published',
  effectiveDate: '2027-01-01',
  publishedAt: '2026-11-29T09:00:00.000Z',
};

describe('releaseStanding', () => {
  it('keeps 1.0 in force while 1.1 is published but not yet effective', () => {
    const s = releaseStanding([v10, v11], '2026-11-29');
    expect(s.inForce).toBe('1.0');
    expect(s.upcoming).toEqual(['1.1']);
    expect(s.versions.map((v) => v.standing)).toEqual(['in-force', 'upcoming']);
    expect(s.versions[0]?.supersededBy).toBeNull();
  });

  it('makes 1.1 current on its effective date, 1.0 superseded as of that date', () => {
    for (const today of ['2027-01-01', '2027-06-30']) {
      const s = releaseStanding([v10, v11], today);
      expect(s.inForce).toBe('1.1');
      expect(s.upcoming).toEqual([]);
      expect(s.versions[0]).toEqual({
        version: '1.0',
        standing: 'superseded',
        supersededBy: '1.1',
        supersededOn: '2027-01-01',
      });
    }
  });

  it('dates a retroactive supersession from the publication day, not before it', () => {
    const late = { ...v11, effectiveDate: '2026-06-01' };
    const s = releaseStanding([v10, late], '2026-12-01');
    expect(s.versions[0]?.supersededOn).toBe('2026-11-29');
  });

  it('has nothing in force before a first version takes effect; candidates are unpublished', () => {
    const first = { ...v10, status: 'published', effectiveDate: '2027-03-01' };
    const candidate = { ...v11, version: '1.1', status: 'candidate', publishedAt: null };
    const s = releaseStanding([first, candidate], '2026-11-29');
    expect(s.inForce).toBeNull();
    expect(s.upcoming).toEqual(['1.0']);
    expect(s.versions.map((v) => v.standing)).toEqual(['upcoming', 'unpublished']);
  });

  it('skips a withdrawn version: the one before it stays in force', () => {
    const withdrawn = { ...v11, status: 'withdrawn', effectiveDate: '2026-06-01' };
    const s = releaseStanding([v10, withdrawn], '2026-11-29');
    expect(s.inForce).toBe('1.0');
    expect(s.versions.map((v) => v.standing)).toEqual(['in-force', 'withdrawn']);
  });
});

describe('releaseStanding with two versions still to come', () => {
  it('supersedes a version that a later one overtakes before it takes effect', () => {
    const first = { ...v10, status: 'superseded', effectiveDate: '2027-01-15' };
    const second = { ...v11, effectiveDate: '2027-01-15' };
    const s = releaseStanding([first, second], '2026-11-29');
    expect(s.inForce).toBeNull();
    expect(s.upcoming).toEqual(['1.1']);
    expect(s.versions[0]).toMatchObject({ standing: 'superseded', supersededBy: '1.1' });
  });
});

describe('dayBefore', () => {
  it('gives the previous calendar day, across months, years and leap days', () => {
    expect(dayBefore('2026-11-29')).toBe('2026-11-28');
    expect(dayBefore('2027-01-01')).toBe('2026-12-31');
    expect(dayBefore('2028-03-01')).toBe('2028-02-29');
    expect(dayBefore('not a date')).toBe('not a date');
  });
});

import { describe, expect, it } from 'vitest';
import type { Standing } from '../../model/release-standing.ts';
import type { StandardView, VersionView } from './site-model.ts';
import { notYetInForce } from './standard-standing.ts';

const version = (v: string, standing: Standing): VersionView =>
  ({
    meta: { version: v },
    standing: { version: v, standing, supersededBy: null, supersededOn: null },
  }) as VersionView;

const standard = (versions: VersionView[], current: VersionView): StandardView => ({
  slug: 's',
  versions,
  current,
  upcoming: [],
  removed: [],
  asOf: '2026-01-01',
});

describe('notYetInForce', () => {
  it('is the version shown while none is in force: the first upcoming one', () => {
    const first = version('1.0', 'upcoming');
    const next = version('1.1', 'upcoming');
    expect(notYetInForce(standard([first, next], first))).toBe(first);
  });

  it('is null once a version is in force, even with a newer one coming', () => {
    const old = version('1.0', 'in-force');
    expect(notYetInForce(standard([old, version('1.1', 'upcoming')], old))).toBeNull();
  });

  it('is null when every version is withdrawn', () => {
    const gone = version('1.0', 'withdrawn');
    expect(notYetInForce(standard([gone], gone))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { Release } from './api.ts';
import { defaultFrom } from './compare-view.ts';

const release = (version: string, extra: Partial<Release> = {}): Release => ({
  id: `r-${version}`,
  version,
  status: 'published',
  title: 'Identifying child victims (illustrative)',
  summary: 'Illustrative.',
  changeNote: '',
  effectiveDate: '2026-01-01',
  contentHash: 'h',
  createdAt: '2025-12-01T00:00:00.000Z',
  approvedAt: '2025-12-02T00:00:00.000Z',
  approvedBy: [],
  publishedAt: '2025-12-03T00:00:00.000Z',
  previousVersion: null,
  supersededBy: null,
  supersededAt: null,
  withdrawnAt: null,
  withdrawnReason: null,
  ...extra,
});

describe('compare: which version to compare from by default', () => {
  it('takes the version in force, not the last one published', () => {
    // 1.0 superseded on publication by 1.1, then 1.1 withdrawn: 1.0 is in force again.
    const releases = [
      release('1.0', { status: 'superseded', supersededBy: '1.1' }),
      release('1.1', {
        status: 'withdrawn',
        effectiveDate: '2026-06-01',
        withdrawnAt: '2026-07-01T00:00:00.000Z',
      }),
      release('1.2', { effectiveDate: '2027-01-15' }),
    ];
    expect(defaultFrom(releases, '2026-11-29')).toBe('1.0');
  });

  it('falls back to the newest release when none is in force yet', () => {
    expect(defaultFrom([release('1.0', { effectiveDate: '2027-01-01' })], '2026-11-29')).toBe(
      '1.0',
    );
    expect(defaultFrom([], '2026-11-29')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { Round } from '../review/api.ts';
import { undisposedComments } from './undisposed.ts';

const round = (id: string, byDisposition: Record<string, number> | null): Round => ({
  id,
  name: `Round ${id}`,
  closesAt: '2026-12-21T00:00:00.000Z',
  releaseCandidate: null,
  closedAt: null,
  open: false,
  ...(byDisposition ? { counts: { total: 0, byAgency: {}, byType: {}, byDisposition } } : {}),
});

describe('undisposedComments', () => {
  it('adds the threads without a disposition over every round', () => {
    const rounds = [round('1', { none: 2, accepted: 5 }), round('2', { none: 1, rejected: 1 })];
    expect(undisposedComments(rounds)).toBe(3);
  });

  it('is zero when every comment is answered, or nothing was counted', () => {
    expect(undisposedComments([round('1', { accepted: 4 }), round('2', null)])).toBe(0);
    expect(undisposedComments([])).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_TEXT, measureText } from './text-limit.ts';

describe('the length of a comment as the reviewer sees it', () => {
  it('stays quiet below 80 % of the limit, counts from there, and says how much is over', () => {
    expect(MAX_TEXT).toBe(20_000);
    expect(measureText('x'.repeat(15_999))).toEqual({
      count: 15_999,
      max: 20_000,
      over: 0,
      state: 'quiet',
    });
    expect(measureText('x'.repeat(16_000)).state).toBe('near');
    expect(measureText('x'.repeat(20_000))).toMatchObject({ over: 0, state: 'near' });
    expect(measureText('x'.repeat(26_100))).toEqual({
      count: 26_100,
      max: 20_000,
      over: 6_100,
      state: 'over',
    });
  });

  it('counts like the server: the ends trimmed, UTF-16 units', () => {
    expect(measureText(`  ${'я'.repeat(20_000)}\n\n`)).toMatchObject({ count: 20_000, over: 0 });
    expect(measureText('🙂'.repeat(10_001))).toMatchObject({ count: 20_002, over: 2 });
    expect(measureText('abc', 2)).toMatchObject({ count: 3, over: 1, state: 'over' });
  });
});

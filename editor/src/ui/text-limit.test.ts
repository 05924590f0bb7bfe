import { describe, expect, it } from 'vitest';
import { measureText } from './text-limit.ts';

const MAX = 20_000;

describe('the length of a text as the person typing it sees it', () => {
  it('stays quiet below 80 % of the limit, counts from there, and says how much is over', () => {
    expect(measureText('x'.repeat(15_999), MAX)).toEqual({
      count: 15_999,
      max: 20_000,
      over: 0,
      state: 'quiet',
    });
    expect(measureText('x'.repeat(16_000), MAX).state).toBe('near');
    expect(measureText('x'.repeat(20_000), MAX)).toMatchObject({ over: 0, state: 'near' });
    expect(measureText('x'.repeat(26_100), MAX)).toEqual({
      count: 26_100,
      max: 20_000,
      over: 6_100,
      state: 'over',
    });
  });

  it('counts like the server: the ends trimmed, UTF-16 units', () => {
    expect(measureText(`  ${'я'.repeat(20_000)}\n\n`, MAX)).toMatchObject({
      count: 20_000,
      over: 0,
    });
    expect(measureText('🙂'.repeat(10_001), MAX)).toMatchObject({ count: 20_002, over: 2 });
    expect(measureText('abc', 2)).toMatchObject({ count: 3, over: 1, state: 'over' });
  });
});

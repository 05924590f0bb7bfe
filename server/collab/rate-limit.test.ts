import { describe, expect, it } from 'vitest';
import { createBucket, takeToken } from './rate-limit.ts';

describe('token bucket', () => {
  it('allows a burst, then refills at the rate', () => {
    const bucket = createBucket(3, 0);
    expect([1, 2, 3, 4].map(() => takeToken(bucket, 3, 2, 0))).toEqual([true, true, true, false]);
    expect(takeToken(bucket, 3, 2, 499)).toBe(false);
    expect(takeToken(bucket, 3, 2, 500)).toBe(true);
  });
});

/** A token bucket: `capacity` events at once, refilled at `perSecond`. Pure apart from the clock passed in. */
export interface TokenBucket {
  tokens: number;
  updatedAt: number;
}

/** A full bucket; create one per limited stream (e.g. awareness of one connection). */
export function createBucket(capacity: number, now: number): TokenBucket {
  return { tokens: capacity, updatedAt: now };
}

/** Take one token if available; false means the event is over the rate and should be dropped. */
export function takeToken(
  bucket: TokenBucket,
  capacity: number,
  perSecond: number,
  now: number,
): boolean {
  const elapsed = Math.max(0, now - bucket.updatedAt) / 1000;
  bucket.tokens = Math.min(capacity, bucket.tokens + elapsed * perSecond);
  bucket.updatedAt = now;
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

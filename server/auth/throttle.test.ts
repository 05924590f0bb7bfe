import { describe, expect, it } from 'vitest';
import { ACCOUNT_POLICY, IP_POLICY, SignInThrottle } from './throttle.ts';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('SignInThrottle', () => {
  it('lets the first failures through, then asks for growing waits', () => {
    const t = clock();
    const throttle = new SignInThrottle(t.now);
    for (let i = 0; i < ACCOUNT_POLICY.freeFailures; i += 1) {
      expect(throttle.retryAfterSeconds('a@x.org', '1.1.1.1')).toBe(0);
      throttle.failed('a@x.org', '1.1.1.1');
    }
    expect(throttle.retryAfterSeconds('a@x.org', '1.1.1.1')).toBe(1);
    t.advance(1000);
    expect(throttle.retryAfterSeconds('a@x.org', '1.1.1.1')).toBe(0);
    throttle.failed('a@x.org', '1.1.1.1');
    expect(throttle.retryAfterSeconds('a@x.org', '1.1.1.1')).toBe(2);
  });

  it('counts an account across addresses and case', () => {
    const throttle = new SignInThrottle(clock().now);
    for (let i = 0; i < ACCOUNT_POLICY.freeFailures; i += 1)
      throttle.failed('A@x.org', `10.0.0.${i}`);
    expect(throttle.retryAfterSeconds('a@X.org', '10.0.0.99')).toBeGreaterThan(0);
    expect(throttle.retryAfterSeconds('b@x.org', '10.0.0.99')).toBe(0);
  });

  it('caps the account wait low so the real user is not locked out for long', () => {
    const t = clock();
    const throttle = new SignInThrottle(t.now);
    for (let i = 0; i < 40; i += 1) throttle.failed('a@x.org', `10.0.${i}.1`);
    expect(throttle.retryAfterSeconds('a@x.org', '192.168.0.1')).toBe(
      ACCOUNT_POLICY.maxDelayMs / 1000,
    );
    t.advance(ACCOUNT_POLICY.maxDelayMs);
    expect(throttle.retryAfterSeconds('a@x.org', '192.168.0.1')).toBe(0);
  });

  it('throttles one address spraying many accounts', () => {
    const throttle = new SignInThrottle(clock().now);
    for (let i = 0; i < IP_POLICY.freeFailures; i += 1) throttle.failed(`u${i}@x.org`, '6.6.6.6');
    expect(throttle.retryAfterSeconds('fresh@x.org', '6.6.6.6')).toBeGreaterThan(0);
    expect(throttle.retryAfterSeconds('fresh@x.org', '7.7.7.7')).toBe(0);
  });

  it('forgets after a quiet period and after a success', () => {
    const t = clock();
    const throttle = new SignInThrottle(t.now);
    for (let i = 0; i < 10; i += 1) throttle.failed('a@x.org', '1.1.1.1');
    throttle.succeeded('a@x.org');
    expect(throttle.accounts.waitMs('a@x.org')).toBe(0);
    for (let i = 0; i < 10; i += 1) throttle.failed('b@x.org', '2.2.2.2');
    t.advance(ACCOUNT_POLICY.forgetAfterMs + 1);
    expect(throttle.accounts.waitMs('b@x.org')).toBe(0);
  });

  it('answers failures more slowly as they pile up, within a bound', () => {
    const throttle = new SignInThrottle(clock().now);
    const slow: number[] = [];
    for (let i = 0; i < 14; i += 1) {
      throttle.failed('a@x.org', '1.1.1.1');
      slow.push(throttle.slowdownMs('a@x.org', '1.1.1.1'));
    }
    expect(slow.slice(0, 4)).toEqual([0, 0, 250, 500]);
    expect(Math.max(...slow)).toBe(2000);
    expect(throttle.slowdownMs('b@x.org', '2.2.2.2')).toBe(0);
  });

  it('counts attempts when they begin, so overlapping ones see each other', () => {
    const t = clock();
    const throttle = new SignInThrottle(t.now);
    const admitted = [];
    let refused = 0;
    // Thirty attempts begin before any finishes.
    for (let i = 0; i < 30; i += 1) {
      const admission = throttle.begin('a@x.org', '1.1.1.1');
      if (admission.ok) admitted.push(admission.attempt);
      else refused += 1;
    }
    expect([admitted.length, refused]).toEqual([ACCOUNT_POLICY.freeFailures, 25]);
    for (const attempt of admitted) attempt.failed();
    expect(throttle.accounts.failures('a@x.org')).toBe(ACCOUNT_POLICY.freeFailures);
    // The delay runs from when the checks finished.
    t.advance(999);
    expect(throttle.begin('A@x.org', '2.2.2.2').ok).toBe(false);
    t.advance(1);
    expect(throttle.begin('a@x.org', '2.2.2.2').ok).toBe(true);
  });

  it('gives a good attempt its reservation back and settles each attempt once', () => {
    const throttle = new SignInThrottle(clock().now);
    for (let i = 0; i < 3; i += 1) throttle.failed('a@x.org', '1.1.1.1');
    const admission = throttle.begin('a@x.org', '1.1.1.1');
    if (!admission.ok) throw new Error('should be admitted');
    admission.attempt.succeeded();
    admission.attempt.failed();
    expect(throttle.accounts.failures('a@x.org')).toBe(0);
    expect(throttle.ips.failures('1.1.1.1')).toBe(3);
  });

  it('keeps a failure counted when a concurrent success cleared the account meanwhile', () => {
    const throttle = new SignInThrottle(clock().now);
    const wrong = throttle.begin('a@x.org', '1.1.1.1');
    const right = throttle.begin('a@x.org', '1.1.1.1');
    if (!wrong.ok || !right.ok) throw new Error('should be admitted');
    right.attempt.succeeded();
    wrong.attempt.failed();
    expect(throttle.accounts.failures('a@x.org')).toBe(1);
  });
});

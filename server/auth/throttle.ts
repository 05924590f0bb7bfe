/**
 * Sign-in throttling, per account and per IP address. The first few failures are free;
 * after that each attempt must wait an exponentially growing delay since the last
 * failure (answered 429 with Retry-After). The account delay is capped low so an
 * attacker cannot lock the real user out for long; the per-IP cap is higher. Counters
 * forget after a quiet period and a successful sign-in clears the account's counter.
 * Pure and in memory (one process); the clock is injectable for tests.
 */
export interface ThrottlePolicy {
  freeFailures: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Forget a key this long after its last failure. */
  forgetAfterMs: number;
}

export const ACCOUNT_POLICY: ThrottlePolicy = {
  freeFailures: 5,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  forgetAfterMs: 15 * 60_000,
};

export const IP_POLICY: ThrottlePolicy = {
  freeFailures: 20,
  baseDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
};

interface Entry {
  failures: number;
  lastFailureAt: number;
}

const MAX_KEYS = 50_000;

/** One throttle over one kind of key (account or IP). */
export class Throttle {
  readonly #entries = new Map<string, Entry>();
  constructor(
    private readonly policy: ThrottlePolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds the key must still wait before another attempt; 0 when it may try now. */
  waitMs(key: string): number {
    const entry = this.#live(key);
    if (!entry || entry.failures < this.policy.freeFailures) return 0;
    const over = entry.failures - this.policy.freeFailures;
    const delay = Math.min(
      this.policy.baseDelayMs * 2 ** Math.min(over, 30),
      this.policy.maxDelayMs,
    );
    return Math.max(0, entry.lastFailureAt + delay - this.now());
  }

  /** How many failures the key has on record (within the forgetting window). */
  failures(key: string): number {
    return this.#live(key)?.failures ?? 0;
  }

  /** Count a failed attempt for the key. */
  fail(key: string): void {
    const entry = this.#live(key) ?? { failures: 0, lastFailureAt: 0 };
    entry.failures += 1;
    entry.lastFailureAt = this.now();
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    // Oldest first in insertion order: bound memory under a spray of keys.
    while (this.#entries.size > MAX_KEYS) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }

  /** Forget the key's failures; use after a successful sign-in. */
  clear(key: string): void {
    this.#entries.delete(key);
  }

  #live(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (entry && this.now() - entry.lastFailureAt > this.policy.forgetAfterMs) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }
}

/** The sign-in throttle: both an account key and an IP key must be allowed. */
export class SignInThrottle {
  readonly accounts: Throttle;
  readonly ips: Throttle;
  constructor(now: () => number = Date.now) {
    this.accounts = new Throttle(ACCOUNT_POLICY, now);
    this.ips = new Throttle(IP_POLICY, now);
  }

  /** Seconds to wait before this attempt may be evaluated; 0 when allowed now. */
  retryAfterSeconds(email: string, ip: string): number {
    const ms = Math.max(this.accounts.waitMs(email.toLowerCase()), this.ips.waitMs(ip));
    return Math.ceil(ms / 1000);
  }

  /**
   * Milliseconds to hold a failed answer before sending it: from the third failure of an
   * account on, each failure is answered more slowly (250 ms more each, at most 2 s), so
   * guessing slows down before it is refused outright.
   */
  slowdownMs(email: string, ip: string): number {
    const n = Math.max(this.accounts.failures(email.toLowerCase()), this.ips.failures(ip) - 15);
    return n < 3 ? 0 : Math.min(250 * (n - 2), 2000);
  }

  /** Record a failed sign-in for both keys. */
  failed(email: string, ip: string): void {
    this.accounts.fail(email.toLowerCase());
    this.ips.fail(ip);
  }

  /** Record a successful sign-in: the account starts afresh (the IP keeps its count). */
  succeeded(email: string): void {
    this.accounts.clear(email.toLowerCase());
  }
}

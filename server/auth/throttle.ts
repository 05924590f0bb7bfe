/**
 * Sign-in throttling, per account and per IP address. The first few failures are free;
 * after that each attempt must wait an exponentially growing delay since the last
 * failure (answered 429 with Retry-After). The account delay is capped low so an
 * attacker cannot lock the real user out for long; the per-IP cap is higher. Counters
 * forget after a quiet period and a successful sign-in clears the account's counter.
 * Pure and in memory (one process); the clock is injectable for tests.
 *
 * Concurrency: an attempt is counted when it starts (`begin`), before the slow password
 * check, and only taken back when it proves good. The check and the reservation run in
 * one synchronous step, so parallel attempts see each other and the limits hold however
 * many arrive at once.
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

  /** Take back one failure counted in advance for an attempt that proved good. */
  unfail(key: string): void {
    const entry = this.#live(key);
    if (entry) entry.failures = Math.max(0, entry.failures - 1);
  }

  /**
   * Confirm a failure counted in advance: its delay now runs from this moment. If the
   * count vanished meanwhile (a concurrent success cleared it), count it again.
   */
  confirm(key: string): void {
    const entry = this.#live(key);
    if (entry) entry.lastFailureAt = Math.max(entry.lastFailureAt, this.now());
    else this.fail(key);
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

/** One attempt in progress, counted as a failure until `succeeded` says otherwise. */
export interface Attempt {
  /** The password was wrong (or the account unusable): the reserved failure stands. */
  failed(): void;
  /** The password was right: clear the account and give the IP its reservation back. */
  succeeded(): void;
}

export type Admission = { ok: true; attempt: Attempt } | { ok: false; retryAfterSeconds: number };

/** The sign-in throttle: both an account key and an IP key must be allowed. */
export class SignInThrottle {
  readonly accounts: Throttle;
  readonly ips: Throttle;
  constructor(now: () => number = Date.now) {
    this.accounts = new Throttle(ACCOUNT_POLICY, now);
    this.ips = new Throttle(IP_POLICY, now);
  }

  /**
   * Use before checking a password (sign-in, password change): refuses with the seconds
   * to wait, or admits the attempt and counts it at once so that concurrent attempts see
   * it. Call exactly one of the attempt's `failed` / `succeeded` when the check is done;
   * an attempt never settled stays counted as a failure.
   */
  begin(email: string, ip: string): Admission {
    const wait = this.retryAfterSeconds(email, ip);
    if (wait > 0) return { ok: false, retryAfterSeconds: wait };
    const account = email.toLowerCase();
    this.failed(account, ip);
    let open = true;
    return {
      ok: true,
      attempt: {
        failed: () => {
          if (!open) return;
          open = false;
          this.accounts.confirm(account);
          this.ips.confirm(ip);
        },
        succeeded: () => {
          if (!open) return;
          open = false;
          this.accounts.clear(account);
          this.ips.unfail(ip);
        },
      },
    };
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

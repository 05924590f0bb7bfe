/**
 * Which published version of a standard is in force on a given day, derived from effective
 * dates. Publication and coming into force are different events: a version published today
 * with an effective date next year is "upcoming" until that date, and the version before it
 * stays in force. Pure, so the site (at build time) and the editor (in the browser) agree.
 */

/** What a reader should be told about one version on `today`. */
export type Standing = 'in-force' | 'upcoming' | 'superseded' | 'withdrawn' | 'unpublished';

/** The facts of a release the standing depends on (stored status is only read for withdrawal). */
export interface StandingInput {
  version: string;
  /** Lifecycle status as stored: candidate, approved, published, superseded or withdrawn. */
  status: string;
  /** YYYY-MM-DD. */
  effectiveDate: string;
  /** ISO time of publication, or null when never published. */
  publishedAt: string | null;
}

export interface VersionStanding {
  version: string;
  standing: Standing;
  /** For superseded versions: the version that replaced it and the day it did (YYYY-MM-DD). */
  supersededBy: string | null;
  supersededOn: string | null;
}

export interface StandardStanding {
  /** The version in force on `today`, or null when none has come into effect yet. */
  inForce: string | null;
  /** Published versions whose effective date is still to come, oldest first. */
  upcoming: string[];
  /** One entry per input version, in the input's order. */
  versions: VersionStanding[];
}

/** Today's calendar date (YYYY-MM-DD) in the local time zone of this process or browser. */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Use to show the last day a superseded version applied: the day before its successor took
 * effect (YYYY-MM-DD in, YYYY-MM-DD out), so "1 October to 28 November" does not overlap the
 * successor's "from 29 November".
 */
export function dayBefore(day: string): string {
  const time = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(time)) return day;
  return new Date(time - 86_400_000).toISOString().slice(0, 10);
}

function order(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** The day a published version took (or takes) effect: its effective date, or its publication day if later. */
function startDay(r: StandingInput): string {
  const published = (r.publishedAt ?? '').slice(0, 10);
  return published > r.effectiveDate ? published : r.effectiveDate;
}

/**
 * Use to show whether each version of one standard is in force, upcoming, superseded or
 * withdrawn on `today` (YYYY-MM-DD). The in-force version is the highest published, not
 * withdrawn version whose effective date has arrived; each earlier one is superseded by the
 * next such version from the day that one took effect.
 */
export function releaseStanding(
  releases: readonly StandingInput[],
  today: string,
): StandardStanding {
  const live = releases
    .filter((r) => r.publishedAt !== null && r.status !== 'withdrawn')
    .sort((a, b) => order(a.version, b.version));
  const effective = live.filter((r) => r.effectiveDate <= today);
  const inForce = effective.at(-1)?.version ?? null;
  // A later version taking effect on or before this one's date means this one never will.
  const overtaken = (r: StandingInput) =>
    live.find((l) => order(l.version, r.version) > 0 && l.effectiveDate <= r.effectiveDate);
  const upcoming = live
    .filter(
      (r) =>
        r.effectiveDate > today &&
        (inForce === null || order(r.version, inForce) > 0) &&
        !overtaken(r),
    )
    .map((r) => r.version);
  const versions = releases.map((r): VersionStanding => {
    const none = { version: r.version, supersededBy: null, supersededOn: null };
    if (r.status === 'withdrawn') return { ...none, standing: 'withdrawn' };
    if (r.publishedAt === null) return { ...none, standing: 'unpublished' };
    if (r.version === inForce) return { ...none, standing: 'in-force' };
    if (upcoming.includes(r.version)) return { ...none, standing: 'upcoming' };
    // Superseded: by the next version that has come into effect after it, or that will
    // take effect no later than it would have.
    const next = effective.find((e) => order(e.version, r.version) > 0) ?? overtaken(r);
    return {
      ...none,
      standing: 'superseded',
      supersededBy: next?.version ?? null,
      supersededOn: next ? startDay(next) : null,
    };
  });
  return { inForce, upcoming, versions };
}

// What readers are told about each version today (in force, upcoming, superseded…), computed
// from the stored releases. The stored status is the lifecycle record: it stays "superseded"
// even after the version that superseded it is withdrawn, so it cannot answer this alone.
import {
  localDay,
  releaseStanding,
  type StandardStanding,
  type StandingInput,
  type VersionStanding,
} from '../../model/release-standing.ts';
import type { ReleaseRecord } from './release-rows.ts';

/** The facts of a stored release that its standing depends on. */
export function standingInput(r: ReleaseRecord): StandingInput {
  return {
    version: r.version,
    status: r.status,
    effectiveDate: r.effectiveDate,
    publishedAt: r.publishedAt === null ? null : new Date(r.publishedAt).toISOString(),
  };
}

/** Use for a standard's standing on the server's calendar day at `now` (ms). */
export function standardStandingAt(
  releases: readonly ReleaseRecord[],
  now: number,
): StandardStanding {
  return releaseStanding(releases.map(standingInput), localDay(new Date(now)));
}

/** A version's standing on one day, as the API reports it. */
export interface StandingToday extends Omit<VersionStanding, 'version'> {
  /** The day (YYYY-MM-DD, server time) the standing holds for. */
  on: string;
}

/** Use when showing releases through the API: each version's standing on the day of `now`. */
export function standingsAt(
  releases: readonly ReleaseRecord[],
  now: number,
): (version: string) => StandingToday {
  const on = localDay(new Date(now));
  const { versions } = standardStandingAt(releases, now);
  return (version) => {
    const found = versions.find((v) => v.version === version);
    return {
      on,
      standing: found?.standing ?? 'unpublished',
      supersededBy: found?.supersededBy ?? null,
      supersededOn: found?.supersededOn ?? null,
    };
  };
}

/**
 * The published site is static and says which version is in force on the day it was built.
 * When a published version's effective date arrives, nothing is published, yet the site must
 * change: this watcher asks for a rebuild of that standard's site on the day. It wakes just
 * after each local midnight (and at least every few hours), so a sleeping laptop, a changed
 * clock or a server that was down over the date still catches up. Release rows are only read.
 */
import { lstatSync } from 'node:fs';
import { localDay } from '../../model/release-standing.ts';
import type { Db } from '../db/open.ts';
import type { Logger } from '../logger.ts';

/** A published, not withdrawn release: the facts the watcher needs. */
export interface EffectiveRow {
  slug: string;
  effectiveDate: string;
}

/**
 * Use to find the standards whose site is stale: those with a version that came into effect
 * after `since` (the day the site was last built for) and on or before `today`.
 */
export function standardsDue(
  rows: readonly EffectiveRow[],
  since: string,
  today: string,
): string[] {
  const due = rows.filter((r) => r.effectiveDate > since && r.effectiveDate <= today);
  return [...new Set(due.map((r) => r.slug))].sort();
}

function effectiveRows(db: Db): EffectiveRow[] {
  return db
    .prepare(
      `SELECT slug, effective_date AS effectiveDate FROM releases
       WHERE published_at IS NOT NULL AND status <> 'withdrawn'`,
    )
    .all() as EffectiveRow[];
}

/** The day a site folder was last swapped in, or null when there is none yet. */
export function builtOn(siteDir: string): string | null {
  try {
    return localDay(lstatSync(siteDir).mtime);
  } catch {
    return null;
  }
}

export interface EffectiveDateWatch {
  /** Look now (the timer calls this); returns the slugs it asked to rebuild. */
  check(): string[];
  stop(): void;
}

const MAX_SLEEP_MS = 6 * 60 * 60 * 1000;

/** Milliseconds from `now` to just after the next local midnight, at most MAX_SLEEP_MS. */
function untilNextDay(now: Date): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 5);
  return Math.min(Math.max(next.getTime() - now.getTime(), 1000), MAX_SLEEP_MS);
}

/**
 * Use once per server: call `onDue(slug)` (the site rebuild) whenever a published version of
 * that standard comes into effect. `since` is the day the current site was built for
 * (default: today); `now` is injectable so tests can move the date.
 */
export function watchEffectiveDates(options: {
  db: Db;
  logger: Logger;
  onDue: (slug: string) => void;
  since?: string | null;
  now?: () => Date;
}): EffectiveDateWatch {
  const now = options.now ?? (() => new Date());
  let since = options.since ?? localDay(now());
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const check = (): string[] => {
    const today = localDay(now());
    if (today <= since) return [];
    let due: string[] = [];
    try {
      due = standardsDue(effectiveRows(options.db), since, today);
    } catch (err) {
      options.logger.error({ err }, 'checking effective dates failed');
      return [];
    }
    since = today;
    for (const slug of due) {
      options.logger.info({ slug, day: today }, 'a version came into effect: rebuilding the site');
      try {
        options.onDue(slug);
      } catch (err) {
        options.logger.error({ err, slug }, 'effective date listener failed');
      }
    }
    return due;
  };

  const arm = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      check();
      arm();
    }, untilNextDay(now()));
    timer.unref();
  };
  // A server that was down over an effective date catches up at once.
  setImmediate(() => {
    if (!stopped) check();
  });
  arm();

  return {
    check,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

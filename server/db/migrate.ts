import type { Db } from './open.ts';

/** One schema step. `up` runs inside a transaction together with the version bump. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

export type MigrateResult = { ok: true; from: number; to: number } | { ok: false; message: string };

/**
 * Bring the database to the newest schema version. An older database is upgraded step
 * by step, each step atomic; a database newer than this code is refused untouched.
 */
export function migrate(db: Db, migrations: readonly Migration[]): MigrateResult {
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    return {
      ok: false,
      message: `The database has schema version ${current}, newer than this Accord (${latest}). Upgrade Accord or restore a backup.`,
    };
  }
  const pending = [...migrations]
    .filter((m) => m.version > current)
    .sort((a, b) => a.version - b.version);
  for (const step of pending) {
    db.transaction(() => {
      step.up(db);
      db.pragma(`user_version = ${step.version}`);
    })();
  }
  return { ok: true, from: current, to: Math.max(current, latest) };
}

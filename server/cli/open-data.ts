import { join } from 'node:path';
import { parseConfig } from '../config.ts';
import { migrate } from '../db/migrate.ts';
import { migrations } from '../db/migrations/index.ts';
import { openDatabase, type Db } from '../db/open.ts';
import { CliError } from './cli-error.ts';

/**
 * Open the same database the server uses (DATA_DIR, default ./data), migrated. Safe while
 * the server runs: SQLite in WAL mode with a busy timeout serialises the writers.
 */
export function openData(env: Record<string, string | undefined>): Db {
  const parsed = parseConfig(env);
  if (!parsed.ok) throw new CliError(parsed.message);
  const db = openDatabase(join(parsed.config.DATA_DIR, 'accord.sqlite'));
  const migrated = migrate(db, migrations);
  if (!migrated.ok) {
    db.close();
    throw new CliError(migrated.message);
  }
  return db;
}

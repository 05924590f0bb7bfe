import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type Db = Database.Database;

export type Durability = 'normal' | 'full';

/**
 * Open the embedded database in WAL mode. synchronous=NORMAL survives a process crash
 * (the WAL is fsynced at checkpoints); FULL also survives power loss, at a cost.
 */
export function openDatabase(file: string, durability: Durability = 'normal'): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${durability === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

/** True when the database answers a trivial query; used by /healthz. */
export function databaseOk(db: Db): boolean {
  try {
    return db.prepare('SELECT 1 AS ok').get() !== undefined;
  } catch {
    return false;
  }
}

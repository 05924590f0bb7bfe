import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../tests/helpers/collab-clients.ts';
import { tempDir } from '../../tests/helpers/temp-dir.ts';
import { openDatabase, type Db } from './open.ts';
import { startWalCheckpointer, type WalCheckpointer } from './wal-checkpointer.ts';

const ROWS = 300;
const ROW_BYTES = 4096;

describe('background WAL checkpoints', () => {
  let dir: ReturnType<typeof tempDir> | undefined;
  let db: Db | undefined;
  let checkpointer: WalCheckpointer | undefined;
  afterEach(async () => {
    await checkpointer?.stop();
    if (db?.open) db.close();
    dir?.remove();
    dir = db = checkpointer = undefined;
  });

  const open = () => {
    dir = tempDir();
    const file = join(dir.path, 'accord.sqlite');
    db = openDatabase(file);
    db.exec('CREATE TABLE t (data BLOB NOT NULL)');
    return { db, file };
  };

  it('copies committed pages into the database file from a worker thread', async () => {
    const { db, file } = open();
    checkpointer = startWalCheckpointer(db, { intervalMs: 20 });
    const insert = db.prepare('INSERT INTO t (data) VALUES (?)');
    for (let i = 0; i < ROWS; i++) insert.run(Buffer.alloc(ROW_BYTES, i % 256));
    // Far below the main connection's fallback threshold: only the worker copies pages back.
    await waitFor(
      () => statSync(file).size >= ROWS * ROW_BYTES,
      'the database file to grow',
      20_000,
    );
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(ROWS);
  });

  it('closes its connection on stop, so closing the database removes the WAL', async () => {
    const { db, file } = open();
    checkpointer = startWalCheckpointer(db, { intervalMs: 20 });
    db.prepare('INSERT INTO t (data) VALUES (?)').run(Buffer.alloc(ROW_BYTES));
    await checkpointer.stop();
    expect(existsSync(`${file}-wal`)).toBe(true);
    db.close();
    // SQLite deletes the WAL only when the last connection to the file closes.
    expect(existsSync(`${file}-wal`)).toBe(false);
    const reopened = openDatabase(file);
    expect(reopened.prepare('SELECT count(*) FROM t').pluck().get()).toBe(1);
    reopened.close();
  });

  it('checkpoints on the main connection past the fallback size when the worker lags', () => {
    const { db, file } = open();
    // The worker would not run within this test: the fallback alone must copy pages back.
    checkpointer = startWalCheckpointer(db, { intervalMs: 600_000, fallbackPages: 50 });
    const insert = db.prepare('INSERT INTO t (data) VALUES (?)');
    for (let i = 0; i < ROWS; i++) insert.run(Buffer.alloc(ROW_BYTES, i % 256));
    expect(statSync(file).size).toBeGreaterThan((ROWS / 2) * ROW_BYTES);
  });
});

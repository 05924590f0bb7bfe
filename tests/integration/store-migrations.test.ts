import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import * as Y from 'yjs';
import { migrate } from '../../server/db/migrate.ts';
import { migrations } from '../../server/db/migrations/index.ts';
import { openDatabase } from '../../server/db/open.ts';
import { createDocumentStore } from '../../server/store/index.ts';
import { startTestServer } from '../helpers/server.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const storeOptions = { checkpointUpdates: 500, checkpointBytes: 1 << 20 };

describe('schema versions', () => {
  const dirs: { remove(): void }[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) dir.remove();
  });

  it('upgrades a database from the first schema version and keeps its documents', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = join(dir.path, 'accord.sqlite');
    const first = migrations.filter((m) => m.version === 1);
    expect(first).toHaveLength(1);

    const db = openDatabase(file);
    expect(migrate(db, first)).toEqual({ ok: true, from: 0, to: 1 });
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'written at version 1');
    createDocumentStore(db, storeOptions).appendUpdate('doc', Y.encodeStateAsUpdate(doc), 'u1');
    db.close();

    // The real start-up path migrates to the latest version and serves the same content.
    const server = await startTestServer({ DATA_DIR: dir.path });
    const latest = Math.max(...migrations.map((m) => m.version));
    expect(server.db.pragma('user_version', { simple: true })).toBe(latest);
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, createDocumentStore(server.db, storeOptions).loadState('doc')!);
    expect(loaded.getText('t').toJSON()).toBe('written at version 1');
    await server.close();
  });

  it('gives users with a retired caret colour the new colour nearest it', () => {
    const dir = tempDir();
    dirs.push(dir);
    const db = openDatabase(join(dir.path, 'accord.sqlite'));
    migrate(
      db,
      migrations.filter((m) => m.version <= 4),
    );
    const add = db.prepare(
      `INSERT INTO users (id, email, name, password_hash, is_admin, disabled, color, created_at, password_changed_at)
       VALUES (?, ?, ?, 'x', 0, 0, ?, 0, 0)`,
    );
    add.run('u-green', 'green@example.test', 'Second Green', '#087443');
    add.run('u-blue', 'blue@example.test', 'Kept Blue', '#1f6feb');
    expect(migrate(db, migrations)).toMatchObject({ ok: true, from: 4 });
    const colours = db.prepare('SELECT id, color FROM users ORDER BY id').all();
    expect(colours).toEqual([
      { id: 'u-blue', color: '#1f6feb' },
      { id: 'u-green', color: '#c00ce4' },
    ]);
    db.close();
  });

  it('refuses a database newer than this code, untouched, with a clear message', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const db = openDatabase(join(dir.path, 'accord.sqlite'));
    db.pragma('user_version = 999');
    db.close();
    await expect(startTestServer({ DATA_DIR: dir.path })).rejects.toThrow(
      /schema version 999, newer than this Accord/,
    );
    const again = openDatabase(join(dir.path, 'accord.sqlite'));
    expect(again.pragma('user_version', { simple: true })).toBe(999);
    again.close();
  });
});

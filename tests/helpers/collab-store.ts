import { join } from 'node:path';
import { migrate } from '../../server/db/migrate.ts';
import { migrations } from '../../server/db/migrations/index.ts';
import { openDatabase, type Db, type Durability } from '../../server/db/open.ts';
import {
  createDocumentStore,
  type DocumentStore,
  type StoreOptions,
} from '../../server/store/index.ts';
import { tempDir } from './temp-dir.ts';

export interface TestStore {
  db: Db;
  store: DocumentStore;
  file: string;
  /** Close the store and database (the file stays until `remove`). */
  close(): void;
  remove(): void;
}

/** A migrated SQLite file in a fresh temporary folder with a document store on it. */
export function openTestStore(
  options: Partial<StoreOptions> = {},
  durability: Durability = 'normal',
  dir = tempDir('accord-store-'),
): TestStore {
  const file = join(dir.path, 'accord.sqlite');
  const db = openDatabase(file, durability);
  const migrated = migrate(db, migrations);
  if (!migrated.ok) throw new Error(migrated.message);
  const store = createDocumentStore(db, {
    checkpointUpdates: 500,
    checkpointBytes: 1024 * 1024,
    ...options,
  });
  return {
    db,
    store,
    file,
    close() {
      store.close();
      if (db.open) db.close();
    },
    remove() {
      if (db.open) db.close();
      dir.remove();
    },
  };
}

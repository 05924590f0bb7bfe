// Immutability enforced by SQLite itself: code that bypasses the releases module still
// cannot change a frozen release or delete one.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStandard } from '../../server/accounts/standards.ts';
import { migrate } from '../../server/db/migrate.ts';
import { migrations } from '../../server/db/migrations/index.ts';
import { openDatabase, type Db } from '../../server/db/open.ts';
import {
  findReleaseRow,
  insertReleaseRow,
  markApproved,
  markPublished,
  markSuperseded,
  markWithdrawn,
  newReleaseRow,
  type NewReleaseRow,
} from '../../server/releases/release-rows.ts';
import { tempDir } from '../helpers/temp-dir.ts';

let db: Db;
let dir: { path: string; remove(): void };
let standardId = '';

function row(version: string): NewReleaseRow {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const standard = { id: standardId, slug: 'immutable', title: 'A standard', language: 'en' };
  const frozen = {
    contentHash: `sha256:${'0'.repeat(64)}`,
    modelJson: '{"type":"doc","content":[]}',
    ydocState: new Uint8Array([0, 0]),
  };
  const fields = {
    summary: 'Summary.',
    changeNote: 'First version.',
    effectiveDate: '2026-12-01',
    agencies: [],
    status: 'candidate' as const,
    createdAt: 1,
    createdBy: null,
  };
  // A fixed id, so the raw SQL below can name the row.
  return {
    ...newReleaseRow(standard, { label: version, major, minor }, frozen, fields),
    id: `rel-${version}`,
  };
}

beforeAll(() => {
  dir = tempDir();
  db = openDatabase(join(dir.path, 'accord.sqlite'));
  const result = migrate(db, migrations);
  if (!result.ok) throw new Error(result.message);
  const created = createStandard(db, {
    slug: 'immutable',
    title: 'A standard',
    language: 'en',
    createdBy: null,
  });
  if (!created.ok) throw new Error('standard not created');
  standardId = created.standard.id;
  insertReleaseRow(db, row('1.0'));
});

afterAll(() => {
  db.close();
  dir.remove();
});

const FROZEN_COLUMNS: [string, unknown][] = [
  ['model_json', '{"type":"doc","content":[{"type":"provision"}]}'],
  ['ydoc_state', Buffer.from([1, 2, 3])],
  ['content_hash', `sha256:${'1'.repeat(64)}`],
  ['version', '1.1'],
  ['title', 'Another title'],
  ['summary', 'Other.'],
  ['change_note', 'Rewritten history.'],
  ['effective_date', '2027-01-01'],
  ['agencies', '[]'],
  ['standard_id', 'other'],
  ['created_by', 'someone'],
];

describe('release rows at the database level', () => {
  for (const [column, value] of FROZEN_COLUMNS) {
    it(`refuses UPDATE of ${column}`, () => {
      const before = db.prepare('SELECT * FROM releases WHERE id = ?').get('rel-1.0');
      expect(() =>
        db.prepare(`UPDATE releases SET ${column} = ? WHERE id = ?`).run(value, 'rel-1.0'),
      ).toThrow(/frozen/);
      expect(db.prepare('SELECT * FROM releases WHERE id = ?').get('rel-1.0')).toEqual(before);
    });
  }

  it('refuses even a no-op UPDATE of a frozen column', () => {
    expect(() =>
      db.prepare('UPDATE releases SET model_json = model_json WHERE id = ?').run('rel-1.0'),
    ).toThrow(/frozen/);
  });

  it('refuses DELETE, of one release or all', () => {
    expect(() => db.prepare('DELETE FROM releases WHERE id = ?').run('rel-1.0')).toThrow(
      /never deleted/,
    );
    expect(() => db.prepare('DELETE FROM releases').run()).toThrow(/never deleted/);
    expect(db.prepare('SELECT COUNT(*) AS n FROM releases').get()).toEqual({ n: 1 });
  });

  it('refuses skipping a lifecycle step or going back', () => {
    expect(() =>
      db
        .prepare(
          `UPDATE releases SET status = 'published', approved_at = 1, published_at = 1 WHERE id = ?`,
        )
        .run('rel-1.0'),
    ).toThrow(/cannot move/);
    expect(() =>
      db.prepare(`UPDATE releases SET status = 'approved' WHERE id = ?`).run('rel-1.0'),
    ).toThrow(/facts are missing/);
  });

  it('lets status move forward with its facts, each written once', () => {
    markApproved(db, 'rel-1.0', { at: 10, by: 'admin', approvers: [{ name: 'A', agency: 'B' }] });
    expect(() =>
      db.prepare('UPDATE releases SET approved_at = 11 WHERE id = ?').run('rel-1.0'),
    ).toThrow(/written once/);
    expect(() =>
      db.prepare(`UPDATE releases SET status = 'candidate' WHERE id = ?`).run('rel-1.0'),
    ).toThrow(/cannot move/);
    markPublished(db, 'rel-1.0', { at: 20, by: 'admin', previousVersion: null });
    markSuperseded(db, 'rel-1.0', { at: 30, by: '1.1' });
    expect(() =>
      db.prepare(`UPDATE releases SET status = 'published' WHERE id = ?`).run('rel-1.0'),
    ).toThrow(/cannot move/);
    markWithdrawn(db, 'rel-1.0', { at: 40, by: 'admin', reason: 'Replaced.' });
    expect(() =>
      db.prepare(`UPDATE releases SET withdrawn_reason = 'Other' WHERE id = ?`).run('rel-1.0'),
    ).toThrow(/written once/);
    expect(findReleaseRow(db, standardId, '1.0')).toMatchObject({
      status: 'withdrawn',
      approvedAt: 10,
      publishedAt: 20,
      supersededAt: 30,
      supersededBy: '1.1',
      withdrawnAt: 40,
      withdrawnReason: 'Replaced.',
    });
  });

  it('refuses a second release with the same version', () => {
    expect(() => insertReleaseRow(db, { ...row('1.0'), id: 'rel-dup' })).toThrow(/UNIQUE/);
  });
});

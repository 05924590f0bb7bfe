// Release files are derived from the database: a failed write never fails or crashes a
// publication, and the next start rewrites whatever is missing, byte for byte.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, fixture, type World } from '../fixtures/releases/world.ts';

let world: World;
const base = '/standards/repair/releases';
const read = (version: string, file: string) =>
  readFileSync(join(world.standardsDir, 'repair', version, file), 'utf8');

async function release(version: string): Promise<void> {
  const created = await world.api('editor', 'POST', base, {
    version,
    summary: 'What it covers.',
    changeNote: `Version ${version}.`,
    effectiveDate: '2027-01-01',
  });
  expect(created.status).toBe(201);
  expect((await world.api('admin', 'POST', `${base}/${version}/approve`)).status).toBe(200);
  expect((await world.api('admin', 'POST', `${base}/${version}/publish`)).status).toBe(200);
}

beforeAll(async () => {
  world = await createWorld();
  world.addStandard('repair', fixture('base'));
});
afterAll(() => world.dispose());

describe('release files after a failed write', () => {
  let published: string[] = [];

  it('publishes even when the standards folder cannot be written', async () => {
    await release('1.0');
    published = [read('1.0', 'standard.md'), read('1.0', 'release.json')];
    // Something (a full disk, a bad mount) makes the folder unwritable: a file in its place.
    rmSync(world.standardsDir, { recursive: true });
    writeFileSync(world.standardsDir, 'not a folder');
    await release('1.1');
    const status = await world.api('observer', 'GET', `${base}/1.0`);
    expect(status.body.status).toBe('superseded');
    expect((await world.api('observer', 'GET', '/standards/repair/releases/1.1')).body.status).toBe(
      'published',
    );
  });

  it('rewrites every missing or stale file at the next start', async () => {
    rmSync(world.standardsDir);
    mkdirSync(world.standardsDir);
    await world.restart();
    expect(read('1.0', 'standard.md')).toBe(published[0]);
    expect(JSON.parse(read('1.0', 'release.json'))).toEqual({
      ...(JSON.parse(published[1] ?? '{}') as object),
      status: 'superseded',
      supersededBy: '1.1',
      supersededAt: (await world.api('observer', 'GET', `${base}/1.0`)).body.supersededAt,
    });
    expect(JSON.parse(read('1.1', 'release.json'))).toMatchObject({
      status: 'published',
      previousVersion: '1.0',
    });
    expect(existsSync(join(world.standardsDir, 'repair', '1.1', 'standard.md'))).toBe(true);
  });

  it('leaves correct files untouched at the next start', async () => {
    // Rewriting goes through a rename, which gives a new inode: same inode, never rewritten.
    const inodes = () =>
      ['1.0/release.json', '1.0/standard.md', '1.1/release.json', '1.1/standard.md'].map(
        (file) => statSync(join(world.standardsDir, 'repair', file)).ino,
      );
    const before = inodes();
    await world.restart();
    expect(inodes()).toEqual(before);
  });
});

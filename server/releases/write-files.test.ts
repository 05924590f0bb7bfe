import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/helpers/temp-dir.ts';
import { releaseDir, writeFileAtomic, writeReleaseFolder } from './write-files.ts';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

describe('writing release folders', () => {
  it('writes each file whole and leaves no temporary file behind', () => {
    const root = tempDir();
    dirs.push(root);
    const dir = releaseDir(root.path, 'a-standard', '1.0');
    const changed = writeReleaseFolder(dir, { 'release.json': '{}\n', 'standard.md': '# A\n' });
    expect(changed).toEqual(['standard.md', 'release.json']);
    expect(readdirSync(dir).sort()).toEqual(['release.json', 'standard.md']);
    expect(readFileSync(join(dir, 'standard.md'), 'utf8')).toBe('# A\n');
  });

  it('does not touch a file that already holds the text', () => {
    const root = tempDir();
    dirs.push(root);
    const file = join(root.path, 'release.json');
    expect(writeFileAtomic(file, 'one\n')).toBe(true);
    const before = statSync(file).ino;
    expect(writeFileAtomic(file, 'one\n')).toBe(false);
    expect(writeFileAtomic(file, 'two\n')).toBe(true);
    // Replaced by rename: a new inode, never the old file rewritten in place.
    expect(statSync(file).ino).not.toBe(before);
    expect(readFileSync(file, 'utf8')).toBe('two\n');
    expect(readdirSync(root.path)).toEqual(['release.json']);
  });
});

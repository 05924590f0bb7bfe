import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/helpers/temp-dir.ts';
import { buildsDir, finishBuild, startBuild, swapSite } from './swap.ts';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

function build(siteDir: string, text: string): string {
  const partial = startBuild(siteDir);
  writeFileSync(join(partial, 'index.html'), text);
  return finishBuild(partial);
}

describe('swapSite', () => {
  it('points the site folder at the newest build and keeps only the previous one', () => {
    const tmp = tempDir();
    dirs.push(tmp);
    const siteDir = join(tmp.path, 'dist');
    const builds = ['one', 'two', 'three'].map((text) => {
      const dir = build(siteDir, text);
      swapSite(siteDir, dir);
      expect(readFileSync(join(siteDir, 'index.html'), 'utf8')).toBe(text);
      return dir;
    });
    expect(lstatSync(siteDir).isSymbolicLink()).toBe(true);
    expect(existsSync(builds[0]!)).toBe(false);
    expect(existsSync(builds[1]!)).toBe(true);
    expect(readdirSync(tmp.path).sort()).toEqual(['dist', 'dist.builds']);
  });

  it('moves a plain folder left by an older deployment aside, once', () => {
    const tmp = tempDir();
    dirs.push(tmp);
    const siteDir = join(tmp.path, 'dist');
    mkdirSync(siteDir);
    writeFileSync(join(siteDir, 'index.html'), 'old');
    swapSite(siteDir, build(siteDir, 'new'));
    expect(readFileSync(join(siteDir, 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(buildsDir(siteDir)).some((name) => name.startsWith('legacy-'))).toBe(true);
  });
});

/**
 * Writing release folders to ACCORD_STANDARDS_DIR: every file goes to a temporary name in
 * the same folder, is flushed, then renamed over the target, so a reader (the site build,
 * a copy to a static host) sees either the old file or the new one, never half of one.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

/** The folder of one release: `<standardsDir>/<slug>/<version>/`. */
export function releaseDir(standardsDir: string, slug: string, version: string): string {
  return join(standardsDir, slug, version);
}

/** Write a file atomically; returns false (and writes nothing) when it already holds `text`. */
export function writeFileAtomic(path: string, text: string): boolean {
  try {
    if (readFileSync(path, 'utf8') === text) return false;
  } catch {
    // Missing or unreadable: write it.
  }
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const fd = openSync(temp, 'w', 0o644);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
  return true;
}

/** Write a release folder's files (name → text); returns the names that changed. */
export function writeReleaseFolder(dir: string, files: Record<string, string>): string[] {
  mkdirSync(dir, { recursive: true });
  // standard.md first: release.json appearing last means the folder is complete.
  const names = Object.keys(files).sort((a, b) =>
    a === 'release.json' ? 1 : b === 'release.json' ? -1 : a.localeCompare(b),
  );
  return names.filter((name) => writeFileAtomic(join(dir, name), files[name] ?? ''));
}

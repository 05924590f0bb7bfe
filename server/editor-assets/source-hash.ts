import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// Folders whose files go into the editor bundle; a change in any of them makes a build stale.
const SKIP = new Set(['dist', 'node_modules', '.vite']);

function listFiles(dir: string, out: string[]): void {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) listFiles(path, out);
    else if (!name.endsWith('.test.ts')) out.push(path);
  }
}

/**
 * A hash of every file the editor build reads (editor sources, model, lockfile). Use to
 * decide whether editor/dist is up to date; content-based so git checkouts do not matter.
 */
export function editorSourceHash(root: string, folders: string[], files: string[]): string {
  const paths: string[] = [];
  for (const folder of folders) listFiles(join(root, folder), paths);
  for (const file of files) paths.push(join(root, file));
  paths.sort();
  const hash = createHash('sha256');
  for (const path of paths) {
    hash.update(relative(root, path));
    hash.update('\0');
    try {
      hash.update(readFileSync(path));
    } catch {
      hash.update('missing');
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

import { randomBytes } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

// The site folder (ACCORD_SITE_DIR) is a symlink to one finished build in `<siteDir>.builds/`.
// Replacing a symlink with rename() is atomic, so a reader sees the old site or the new one,
// never a half-written folder.

/** Where the builds of a site folder live (next to it, so renames stay on one file system). */
export function buildsDir(siteDir: string): string {
  return `${resolve(siteDir)}.builds`;
}

/** A fresh, empty folder to build into; `finishBuild` marks it complete. */
export function startBuild(siteDir: string): string {
  const stamp = new Date().toISOString().replace(/[-:.TZ]/g, '');
  const dir = join(buildsDir(siteDir), `${stamp}-${randomBytes(3).toString('hex')}.partial`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Rename a finished build out of `.partial`; returns its final folder. */
export function finishBuild(partialDir: string): string {
  const done = partialDir.replace(/\.partial$/, '');
  renameSync(partialDir, done);
  return done;
}

/**
 * Point the site folder at a finished build atomically, then delete builds older than the
 * previous one (kept so requests already reading it can finish). A real folder left by an
 * older deployment is moved into the builds folder once.
 */
export function swapSite(siteDir: string, buildDir: string): void {
  const link = resolve(siteDir);
  const builds = buildsDir(siteDir);
  let previous: string | null = null;
  if (existsSync(link) || isSymlink(link)) {
    if (isSymlink(link)) {
      previous = basename(resolve(dirname(link), readlinkSync(link)));
    } else {
      previous = `legacy-${Date.now()}`;
      renameSync(link, join(builds, previous));
    }
  }
  const temp = `${link}.link-${randomBytes(4).toString('hex')}`;
  symlinkSync(relative(dirname(link), buildDir), temp, 'dir');
  renameSync(temp, link);
  const keep = new Set([basename(buildDir), previous]);
  const stale = Date.now() - 3_600_000;
  for (const entry of readdirSync(builds, { withFileTypes: true })) {
    if (!entry.isDirectory() || keep.has(entry.name) || entry.name === 'cache') continue;
    // A partial build may belong to a concurrent build; only an hour-old one is abandoned.
    const path = join(builds, entry.name);
    if (entry.name.endsWith('.partial') && statSync(path).mtimeMs > stale) continue;
    rmSync(path, { recursive: true, force: true });
  }
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

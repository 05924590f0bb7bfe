import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The fixture release files: two standards, one with 1.0 superseded by 1.1. */
export const fixtureStandardsDir = join(root, 'tests/fixtures/standards');

/** The repository's demo release files (what `npm start` publishes first). */
const demoStandardsDir = join(root, 'standards');

/** Everything a built site depends on besides its release files: a change means a fresh build. */
const SITE_INPUTS = ['astro.config.mjs', 'site', 'server/site', 'model'];

/** The public address the fixture site is built for. */
export const FIXTURE_PUBLIC_URL = 'https://standards.example.org';

export interface FixtureSite {
  /** The built site folder (a symlink to the finished build). */
  siteDir: string;
  standardsDir: string;
  /** The build's JSON report (timings, pages, PDFs) from build-cli.ts. */
  report: Record<string, unknown>;
}

/** One cached site build: which release files, which build-cli flags and environment. */
interface SiteBuild {
  /** Cache folder name under node_modules/.cache. */
  cacheName: string;
  standardsDir: string;
  args: string[];
  env: Record<string, string>;
}

/**
 * The fixture site, built ONCE for all test files: cached under node_modules/.cache by a
 * hash of its inputs, and guarded by a lock folder so parallel workers wait for one build.
 */
export function fixtureSite(): FixtureSite {
  const built = cachedSite({
    cacheName: 'accord-site-fixture',
    standardsDir: fixtureStandardsDir,
    args: [],
    // The PDFs link to the public site, never to the build's own address.
    env: { ACCORD_PUBLIC_URL: FIXTURE_PUBLIC_URL },
  });
  return { ...built, standardsDir: fixtureStandardsDir };
}

/**
 * The fixture site without PDFs as built on `today` (YYYY-MM-DD, ACCORD_SITE_TODAY): which
 * versions are in force or upcoming follows that day. Cached like the fixture site.
 */
export function fixtureSiteOn(today: string): { siteDir: string } {
  const built = cachedSite({
    cacheName: `accord-site-fixture-on-${today}`,
    standardsDir: fixtureStandardsDir,
    args: ['--no-pdf'],
    env: { ACCORD_SITE_TODAY: today },
  });
  return { siteDir: built.siteDir };
}

/** The demo standard's site without PDFs (phone and table tests), cached like the fixture site. */
export function demoSite(): { siteDir: string } {
  const built = cachedSite({
    cacheName: 'accord-site-demo',
    standardsDir: demoStandardsDir,
    args: ['--no-pdf'],
    env: {},
  });
  return { siteDir: built.siteDir };
}

function cachedSite(spec: SiteBuild): { siteDir: string; report: Record<string, unknown> } {
  const hash = inputHash([...SITE_INPUTS, relative(root, spec.standardsDir)]);
  const base = join(root, 'node_modules/.cache', spec.cacheName, hash);
  const siteDir = join(base, 'site');
  const reportPath = join(base, 'report.json');
  const lock = `${base}.lock`;
  mkdirSync(join(base, '..'), { recursive: true });
  for (;;) {
    if (existsSync(reportPath)) break;
    try {
      mkdirSync(lock);
    } catch {
      // Another worker is building (or died building: its lock goes stale after 5 minutes).
      if (Date.now() - statSync(lock).mtimeMs > 300_000)
        rmSync(lock, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
      continue;
    }
    try {
      if (!existsSync(reportPath)) {
        build(spec, siteDir, reportPath);
        removeStaleBuilds(join(base, '..'), hash);
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return {
    siteDir,
    report: JSON.parse(readFileSync(reportPath, 'utf8')) as Record<string, unknown>,
  };
}

function build(spec: SiteBuild, siteDir: string, reportPath: string): void {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'server/site/build-cli.ts', ...spec.args],
    {
      cwd: root,
      env: {
        ...process.env,
        ACCORD_STANDARDS_DIR: spec.standardsDir,
        ACCORD_SITE_DIR: siteDir,
        ...spec.env,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const line = run.stdout.split('\n').findLast((l) => l.startsWith('{"ok":'));
  if (run.status !== 0 || !line) {
    throw new Error(`site build failed (${spec.cacheName}):\n${run.stderr.slice(-3000)}`);
  }
  writeFileSync(reportPath, line);
}

function inputHash(inputs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of walk(join(root, input))) {
      hash.update(relative(root, file));
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

function walk(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => (name.endsWith('.test.ts') ? [] : walk(join(path, name))));
}

/** Older fixture builds (other input hashes) are dead weight: remove them. */
function removeStaleBuilds(cacheDir: string, keep: string): void {
  for (const name of readdirSync(cacheDir)) {
    if (!name.startsWith(keep) && !name.endsWith('.lock')) {
      rmSync(join(cacheDir, name), { recursive: true, force: true });
    }
  }
}

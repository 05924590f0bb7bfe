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

/** Everything the built site depends on: a change here means a fresh build. */
const INPUTS = ['astro.config.mjs', 'site', 'server/site', 'model', 'tests/fixtures/standards'];

/** The public address the fixture site is built for. */
export const FIXTURE_PUBLIC_URL = 'https://standards.example.org';

export interface FixtureSite {
  /** The built site folder (a symlink to the finished build). */
  siteDir: string;
  standardsDir: string;
  /** The build's JSON report (timings, pages, PDFs) from build-cli.ts. */
  report: Record<string, unknown>;
}

/**
 * The fixture site, built ONCE for all test files: cached under node_modules/.cache by a
 * hash of its inputs, and guarded by a lock folder so parallel workers wait for one build.
 */
export function fixtureSite(): FixtureSite {
  const hash = inputHash();
  const base = join(root, 'node_modules/.cache/accord-site-fixture', hash);
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
        build(siteDir, reportPath);
        removeStaleBuilds(join(base, '..'), hash);
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return {
    siteDir,
    standardsDir: fixtureStandardsDir,
    report: JSON.parse(readFileSync(reportPath, 'utf8')) as Record<string, unknown>,
  };
}

function build(siteDir: string, reportPath: string): void {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/site/build-cli.ts'], {
    cwd: root,
    env: {
      ...process.env,
      ACCORD_STANDARDS_DIR: fixtureStandardsDir,
      ACCORD_SITE_DIR: siteDir,
      // The PDFs link to the public site, never to the build's own address.
      ACCORD_PUBLIC_URL: FIXTURE_PUBLIC_URL,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = run.stdout.split('\n').findLast((l) => l.startsWith('{"ok":'));
  if (run.status !== 0 || !line) {
    throw new Error(`fixture site build failed:\n${run.stderr.slice(-3000)}`);
  }
  writeFileSync(reportPath, line);
}

function inputHash(): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
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

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Logger } from '../logger.ts';
import { projectRoot } from './build-site.ts';

export interface RebuildOptions {
  standardsDir: string;
  siteDir: string;
  logger: Logger;
  /** Print PDFs of every version (needs Chromium); default true. */
  pdf?: boolean;
}

export type RebuildResult =
  | { ok: true; ms: number; buildDir: string; pages: number; pdfs: number }
  | { ok: false; ms: number; message: string };

const queues = new Map<
  string,
  { running: Promise<RebuildResult>; next: Promise<RebuildResult> | null }
>();

/**
 * Rebuild the published site after a release is published (or its status changed), and
 * swap it in atomically; the site keeps being served from the old build meanwhile.
 * Serialised per site folder: while a build runs, further calls share one follow-up build,
 * which reads the release files as they are then, so no publish is ever missed.
 */
export function rebuildSite(options: RebuildOptions): Promise<RebuildResult> {
  const key = options.siteDir;
  const queue = queues.get(key);
  if (!queue) {
    const running = runBuild(options).finally(() => advance(key));
    queues.set(key, { running, next: null });
    return running;
  }
  queue.next ??= queue.running.then(() => runBuild(options));
  return queue.next;
}

function advance(key: string): void {
  const queue = queues.get(key);
  if (!queue) return;
  if (queue.next) {
    const running = queue.next.finally(() => advance(key));
    queues.set(key, { running, next: null });
  } else {
    queues.delete(key);
  }
}

function runBuild(options: RebuildOptions): Promise<RebuildResult> {
  const started = performance.now();
  const args = ['--import', 'tsx', join(projectRoot, 'server/site/build-cli.ts')];
  if (options.pdf === false) args.push('--no-pdf');
  options.logger.info({ siteDir: options.siteDir }, 'site rebuild started');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: projectRoot,
      env: {
        ...process.env,
        ACCORD_STANDARDS_DIR: options.standardsDir,
        ACCORD_SITE_DIR: options.siteDir,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.on('error', (err) => finish(false, err.message));
    child.on('close', (code) => finish(code === 0, stderr.trim().split('\n').at(-1) ?? ''));

    let done = false;
    function finish(success: boolean, message: string): void {
      if (done) return;
      done = true;
      const ms = Math.round(performance.now() - started);
      const line = stdout.split('\n').findLast((l) => l.startsWith('{"ok":'));
      const report = line ? (JSON.parse(line) as Record<string, unknown>) : null;
      if (success && report?.ok === true) {
        const result = {
          ok: true as const,
          ms,
          buildDir: String(report.buildDir),
          pages: Number(report.pages),
          pdfs: Number(report.pdfs),
        };
        options.logger.info({ ms, pages: result.pages, pdfs: result.pdfs }, 'site rebuilt');
        resolve(result);
      } else {
        options.logger.error({ ms, message: message.slice(0, 300) }, 'site rebuild failed');
        resolve({ ok: false, ms, message: message || 'site build failed' });
      }
    }
  });
}

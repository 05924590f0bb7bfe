/**
 * Editor benchmark (Chromium): time to open and render a 100-page and a 300-page standard,
 * keystroke latency while another client types in the same draft, JS heap, and the size of
 * the editor's JavaScript. Baseline: the same figures for a 1-page standard, nobody else typing.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from 'playwright-core';
import * as Y from 'yjs';
import { createApiToken } from '../../server/auth/api-tokens.ts';
import { editorDistDir } from '../../server/editor-assets/index.ts';
import { connectClient, type TestClient } from '../helpers/collab-clients.ts';
import {
  buildEditorOnce,
  launchChromium,
  makeStandard,
  makeUser,
  signInThroughPage,
  type TestUser,
} from '../helpers/editor-setup.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { largeStandard } from './editor-content.ts';
import { quantile, round } from './stats.ts';
import type { BenchModule, BenchRow } from './types.ts';

interface Figures {
  openMs: number;
  keyP50: number;
  keyP99: number;
  /** The slowest of the first keys typed after opening (JIT warm-up), not in p50/p99. */
  firstKeysMax: number;
  frameP50: number;
  frameP99: number;
  heapMb: number;
  blocks: number;
}

/** Gzip size of every JavaScript file of the built editor, in KB. */
function editorJsGzipKb(): number {
  const dir = join(editorDistDir, 'assets');
  let total = 0;
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.js')) total += gzipSync(readFileSync(join(dir, name)), { level: 9 }).length;
  }
  return total / 1024;
}

/** Another client: types into the first provision (far from the measured caret) at ~8 chars/s. */
function remoteTypist(
  server: TestServer,
  document: string,
  token: string,
): { client: TestClient; stop(): void } {
  const client = connectClient(`${server.url.replace('http', 'ws')}/collab`, document, token);
  const timer = setInterval(() => {
    const fragment = client.doc.getXmlFragment('default');
    const first = fragment
      .toArray()
      .find((n) => n instanceof Y.XmlElement && n.nodeName === 'provision');
    const text = first instanceof Y.XmlElement ? first.firstChild : null;
    if (text instanceof Y.XmlText) text.insert(0, 'x');
  }, 125);
  return {
    client,
    stop() {
      clearInterval(timer);
      client.destroy();
    },
  };
}

// In the page: keydown → DOM changed (input handled) and → the frame after it (painted).
// Only keys that type a character start a measurement: a key that changes nothing (End)
// would otherwise be timed to whatever changes the DOM next, such as the other client's edit.
const INSTALL_PROBE = `(() => {
  const editor = document.querySelector('.standard-text');
  const probe = { key: [], frame: [] };
  let start = null;
  new MutationObserver(() => {
    if (start === null) return;
    const t0 = start;
    start = null;
    probe.key.push(performance.now() - t0);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => probe.frame.push(performance.now() - t0);
      channel.port2.postMessage(0);
    });
  }).observe(editor, { childList: true, subtree: true, characterData: true });
  editor.addEventListener('keydown', (event) => {
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) start = event.timeStamp;
  }, true);
  window.__probe = probe;
})()`;

/**
 * BENCH_EDITOR_PROFILE=<dir>: while typing, record a CPU profile and the browser's time split
 * (script, style, layout) to find per-keystroke work that grows with the draft.
 * BENCH_EDITOR_TRACE=<dir> records a Chromium trace instead (rendering steps by name).
 * BENCH_EDITOR_PROFILE_OPEN=<dir> profiles the opening of the draft the same way.
 */
async function startProfile(cdp: CDPSession): Promise<{ stop(file: string): Promise<void> }> {
  const split = async (): Promise<Map<string, number>> => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return new Map(metrics.map((m) => [m.name, m.value]));
  };
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const before = await split();
  return {
    async stop(file) {
      const after = await split();
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(`${file}.cpuprofile`, JSON.stringify(profile));
      const names = ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'];
      const line = names
        .map((n) => `${n} ${Math.round(((after.get(n) ?? 0) - (before.get(n) ?? 0)) * 1000)} ms`)
        .join(', ');
      writeFileSync(`${file}.txt`, `${line}\n`);
    },
  };
}

/** Typed first, unmeasured in p50/p99: one short sentence. */
const WARM_UP_TEXT = ' A child is heard first.';

async function measure(
  browser: Browser,
  server: TestServer,
  user: TestUser,
  slug: string,
  blocks: number,
  remote: { document: string; token: string } | null,
): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page: Page = await signInThroughPage(context, server, user);
  const cdp = await context.newCDPSession(page);
  const openProfile =
    process.env.BENCH_EDITOR_PROFILE_OPEN && remote ? await startProfile(cdp) : null;
  const started = performance.now();
  await page.goto(`${server.url}/edit/s/${slug}`);
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('.standard-text > *').length >= n &&
      document.querySelector('.status[data-state="saved"]') !== null,
    blocks,
    { timeout: 120_000, polling: 50 },
  );
  // One frame after the content is in the DOM: it has been laid out and painted.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );
  const openMs = performance.now() - started;
  if (openProfile)
    await openProfile.stop(`${process.env.BENCH_EDITOR_PROFILE_OPEN}/open-${blocks}`);

  await page.evaluate(INSTALL_PROBE);
  // Type into a provision near the middle of the standard (the caret must be in view).
  // Plain DOM calls: Playwright's locator engine is slow on thousands of blocks.
  const box = await page.evaluate(
    (index) => {
      const el = document.querySelectorAll('.standard-text p[data-type="provision"]')[index];
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const rect = el.getBoundingClientRect();
      return { x: rect.left + 20, y: rect.top + rect.height / 2 };
    },
    Math.floor(blocks / 2.5),
  );
  if (!box) throw new Error('no provision to type into');
  await page.mouse.click(box.x, box.y);
  await page.keyboard.press('End');
  const typist = remote ? remoteTypist(server, remote.document, remote.token) : null;
  await page.waitForTimeout(500);
  // The first keys after opening pay for compiling the typing path (V8 optimises and
  // deoptimises it): reported on their own as a one-off, then the steady state is measured.
  await page.keyboard.type(WARM_UP_TEXT, { delay: 40 });
  await page.waitForTimeout(300);
  const warmUpKeys = await page.evaluate<number>('window.__probe.key.length');
  const profiling = process.env.BENCH_EDITOR_PROFILE && remote ? await startProfile(cdp) : null;
  if (process.env.BENCH_EDITOR_TRACE && remote)
    await browser.startTracing(page, {
      path: `${process.env.BENCH_EDITOR_TRACE}/trace-${blocks}.json`,
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
  // ~440 keys: with fewer, p99 is just the second-worst key and swings with machine load.
  await page.keyboard.type(' the quick brown fox jumps over the lazy dog'.repeat(10), {
    delay: 40,
  });
  await page.waitForTimeout(300);
  const recorded = await page.evaluate<{ key: number[]; frame: number[] }>('window.__probe');
  const probe = { key: recorded.key.slice(warmUpKeys), frame: recorded.frame.slice(warmUpKeys) };
  typist?.stop();
  if (process.env.BENCH_EDITOR_TRACE && remote) await browser.stopTracing();
  if (profiling) await profiling.stop(`${process.env.BENCH_EDITOR_PROFILE}/editor-${blocks}`);

  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await context.close();
  return {
    openMs,
    keyP50: quantile(probe.key, 0.5),
    keyP99: quantile(probe.key, 0.99),
    firstKeysMax: Math.max(0, ...recorded.key.slice(0, warmUpKeys)),
    frameP50: quantile(probe.frame, 0.5),
    frameP99: quantile(probe.frame, 0.99),
    heapMb: heap.usedSize / 1024 / 1024,
    blocks,
  };
}

function rows(
  group: string,
  f: Figures,
  base: Figures,
  openTarget?: number,
  keyTarget?: number,
): BenchRow[] {
  const row = (
    metric: string,
    value: number,
    baseline: number,
    unit: string,
    target?: number,
  ): BenchRow => ({
    group,
    metric,
    value: round(value),
    baseline: round(baseline),
    unit,
    ...(target === undefined ? {} : { target: `≤ ${target} ${unit}`, pass: value <= target }),
  });
  return [
    row('open and render', f.openMs, base.openMs, 'ms', openTarget),
    row('keystroke → DOM p50 (other client typing)', f.keyP50, base.keyP50, 'ms'),
    row('keystroke → DOM p99 (other client typing)', f.keyP99, base.keyP99, 'ms', keyTarget),
    row(
      `first keys after opening: slowest of ${WARM_UP_TEXT.length}`,
      f.firstKeysMax,
      base.firstKeysMax,
      'ms',
    ),
    row('keystroke → next frame p50', f.frameP50, base.frameP50, 'ms'),
    row('keystroke → next frame p99', f.frameP99, base.frameP99, 'ms'),
    row('JS heap after GC', f.heapMb, base.heapMb, 'MB'),
  ];
}

export const editorBench: BenchModule = {
  name: 'editor',
  run: async (context) => {
    await buildEditorOnce();
    const server = await startTestServer();
    const browser = await launchChromium();
    try {
      const user = await makeUser(server, 'Bench Editor');
      const other = await makeUser(server, 'Bench Typist');
      const token = createApiToken(server.db, other.id, 'bench').secret;
      // BENCH_EDITOR_PAGES=100 measures one size only (the 1-page baseline always runs).
      const wanted = (process.env.BENCH_EDITOR_PAGES ?? '100,300').split(',').map(Number);
      const sizes = [1, ...wanted.filter((n) => n > 1)].map((pages) => ({
        slug: `bench-${pages}`,
        pages,
      }));
      const results = new Map<number, Figures>();
      for (const { slug, pages } of sizes) {
        const standard = largeStandard(pages);
        const made = makeStandard(server, slug, standard.doc, [
          { user, role: 'editor' },
          { user: other, role: 'editor' },
        ]);
        context.log(
          `editor: ${pages} pages = ${standard.clauses} clauses, ${standard.words} words, ${standard.blocks} blocks`,
        );
        const remote = pages === 1 ? null : { document: made.document, token };
        try {
          results.set(pages, await measure(browser, server, user, slug, standard.blocks, remote));
        } catch (err) {
          // One size failing (e.g. too slow to open) must not hide the others' figures.
          context.log(
            `editor: ${pages} pages failed: ${err instanceof Error ? err.message : String(err)}`,
          );
        }
      }
      const base = results.get(1);
      if (!base) throw new Error('missing baseline');
      const js = editorJsGzipKb();
      return [
        ...sizes
          .filter(({ pages }) => pages > 1)
          .flatMap(({ pages }) => {
            const figures = results.get(pages);
            if (!figures) return [];
            return pages === 100
              ? rows('editor 100 pages', figures, base, 2000, 16)
              : rows(`editor ${pages} pages`, figures, base);
          }),
        {
          group: 'editor',
          metric: 'JavaScript (gzip)',
          value: round(js),
          unit: 'KB',
          target: '≤ 400 KB',
          pass: js <= 400,
        },
      ];
    } finally {
      await browser.close();
      await server.dispose();
    }
  },
};

/**
 * `npm run bench`: runs every benchmark module in turn, prints one table and writes the
 * rows as JSON under tests/bench/results/. Add a module by appending it to `modules`.
 * BENCH_SECONDS sets the load per collaboration scenario run (default 10);
 * BENCH_ONLY=store,collab runs a subset; the collab module's own switches
 * (BENCH_ROUNDS, BENCH_WARMUP_SECONDS, BENCH_SCENARIOS) are in tests/bench/README.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collabBench } from './collab-bench.ts';
import { editorBench } from './editor-bench.ts';
import { storeBench } from './store-bench.ts';
import type { BenchModule, BenchRow } from './types.ts';

const modules: BenchModule[] = [storeBench, collabBench, editorBench];

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const log = (message: string) => console.error(`[bench] ${message}`);

const rows: BenchRow[] = [];
const startedAt = new Date();
for (const module of modules) {
  if (only && !only.includes(module.name)) continue;
  log(`running ${module.name}`);
  const started = performance.now();
  try {
    rows.push(...(await module.run({ seconds, log })));
  } catch (err) {
    log(
      `${module.name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
    );
    process.exitCode = 1;
  }
  log(`${module.name} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const table = rows.map((row) => ({
  group: row.group,
  metric: row.metric,
  value: `${row.value} ${row.unit}`,
  baseline: row.baseline === undefined ? '' : `${row.baseline} ${row.unit}`,
  ratio:
    row.baseline === undefined || row.baseline === 0 ? '' : (row.value / row.baseline).toFixed(2),
  target: row.target ?? '',
  pass: row.pass === undefined ? '' : row.pass ? 'yes' : 'NO',
}));
console.table(table);

const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `bench-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(
  file,
  JSON.stringify(
    { startedAt: startedAt.toISOString(), seconds, node: process.version, rows },
    null,
    2,
  ),
);
log(`results written to ${file}`);
// Providers and timers of finished scenarios must not keep the process alive.
process.exit();

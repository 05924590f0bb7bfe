import { fileURLToPath } from 'node:url';
import { spawnServer, type ChildServer } from '../helpers/collab-child.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { runLoad, type LoadResult, type Scenario } from './collab-load.ts';
import { cpuPercent, sampleProcess, type ProcessSample } from './process-sample.ts';
import { round } from './stats.ts';
import type { BenchModule, BenchRow } from './types.ts';

const scenarios: Scenario[] = [
  {
    key: 'wg',
    label: 'working group (10 writers × 5 chars/s, 50 readers)',
    documents: 1,
    writersPerDocument: 10,
    readersPerDocument: 50,
    charsPerSecond: 5,
  },
  {
    key: 'plenary',
    label: 'plenary (20 writers × 2 chars/s, 180 readers)',
    documents: 1,
    writersPerDocument: 20,
    readersPerDocument: 180,
    charsPerSecond: 2,
  },
  {
    key: 'spread',
    label: 'spread (300 documents × 1 writer at 1 char/s + 1 reader)',
    documents: 300,
    writersPerDocument: 1,
    readersPerDocument: 1,
    charsPerSecond: 1,
  },
];

const baselineEntry = fileURLToPath(new URL('./baseline-server.ts', import.meta.url));

interface RunFigures extends LoadResult {
  cpu: number;
  rssMb: number;
}

async function measure(
  server: ChildServer,
  scenario: Scenario,
  runId: string,
  seconds: number,
): Promise<RunFigures> {
  const pid = server.process.pid;
  if (pid === undefined) throw new Error('server has no pid');
  let start: ProcessSample | undefined;
  let stop: ProcessSample | undefined;
  const result = await runLoad(server.collabUrl, scenario, runId, seconds, (phase) => {
    if (phase === 'start') start = sampleProcess(pid);
    else stop = sampleProcess(pid);
  });
  if (!start || !stop) throw new Error('no samples');
  return { ...result, cpu: cpuPercent(start, stop), rssMb: stop.rssBytes / 1024 / 1024 };
}

function merge(runs: RunFigures[]): RunFigures {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.max(0, Math.ceil(q * latencies.length) - 1))] ??
    0;
  return {
    latencies,
    loadCpu: runs.reduce((s, r) => s + r.loadCpu, 0) / runs.length,
    expected: runs.reduce((s, r) => s + r.expected, 0),
    received: runs.reduce((s, r) => s + r.received, 0),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: latencies.at(-1) ?? 0,
    cpu: runs.reduce((s, r) => s + r.cpu, 0) / runs.length,
    rssMb: Math.max(...runs.map((r) => r.rssMb)),
  };
}

/**
 * Collaboration load: each scenario against Accord (persistence, auth, hardening; child
 * process) and against plain Hocuspocus 3.4 (child process), alternating which goes first.
 */
export const collabBench: BenchModule = {
  name: 'collab',
  async run(ctx) {
    const rounds = Number(process.env.BENCH_ROUNDS ?? 1);
    const dataDir = tempDir('accord-bench-');
    ctx.log('starting Accord and baseline servers');
    const accord = await spawnServer({ DATA_DIR: dataDir.path, PORT: '0', LOG_LEVEL: 'warn' });
    const baseline = await spawnServer({ PORT: '0' }, baselineEntry);
    const rows: BenchRow[] = [];
    try {
      for (const [index, scenario] of scenarios.entries()) {
        const accordRuns: RunFigures[] = [];
        const baselineRuns: RunFigures[] = [];
        for (let round = 0; round < rounds; round++) {
          const order = (index + round) % 2 === 0 ? ['baseline', 'accord'] : ['accord', 'baseline'];
          for (const kind of order) {
            ctx.log(`${scenario.key} round ${round + 1}: ${kind}`);
            const server = kind === 'accord' ? accord : baseline;
            const figures = await measure(server, scenario, `${kind}-${round}`, ctx.seconds);
            ctx.log(
              `  p50 ${figures.p50.toFixed(1)} p99 ${figures.p99.toFixed(1)} max ${figures.max.toFixed(1)} ms, ` +
                `${figures.expected - figures.received} undelivered of ${figures.expected}, ` +
                `server cpu ${figures.cpu.toFixed(0)}%, load process cpu ${figures.loadCpu.toFixed(0)}%`,
            );
            (kind === 'accord' ? accordRuns : baselineRuns).push(figures);
          }
        }
        const a = merge(accordRuns);
        const b = merge(baselineRuns);
        const group = `collab: ${scenario.label}`;
        rows.push(
          {
            group,
            metric: 'propagation p50',
            value: round(a.p50),
            baseline: round(b.p50),
            unit: 'ms',
          },
          {
            group,
            metric: 'propagation p95',
            value: round(a.p95),
            baseline: round(b.p95),
            unit: 'ms',
          },
          {
            group,
            metric: 'propagation p99',
            value: round(a.p99),
            baseline: round(b.p99),
            unit: 'ms',
            target: '≤ 1.25× baseline',
            pass: a.p99 <= 1.25 * b.p99,
          },
          {
            group,
            metric: 'propagation max',
            value: round(a.max),
            baseline: round(b.max),
            unit: 'ms',
          },
          {
            group,
            metric: `undelivered updates (of ${a.expected} / ${b.expected})`,
            value: a.expected - a.received,
            baseline: b.expected - b.received,
            unit: '',
            target: '0',
            pass: a.expected === a.received,
          },
          {
            group,
            metric: 'server CPU (one core = 100)',
            value: round(a.cpu),
            baseline: round(b.cpu),
            unit: '%',
          },
          {
            group,
            metric: 'server RSS at end of load',
            value: round(a.rssMb),
            baseline: round(b.rssMb),
            unit: 'MB',
          },
          {
            group,
            metric: 'load process CPU (near 100: latency measures the load process)',
            value: round(a.loadCpu),
            baseline: round(b.loadCpu),
            unit: '%',
          },
        );
      }
    } finally {
      accord.kill('SIGTERM');
      baseline.kill('SIGTERM');
      await Promise.all([accord.exited, baseline.exited]);
      dataDir.remove();
    }
    return rows;
  },
};

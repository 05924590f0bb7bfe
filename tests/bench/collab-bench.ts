import { fileURLToPath } from 'node:url';
import { spawnServer, type ChildServer } from '../helpers/collab-child.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { runInterleavedLoad, type LoadResult, type Scenario } from './collab-load.ts';
import { selectedScenarios, warmUpScenario } from './collab-scenarios.ts';
import { median, round } from './stats.ts';
import type { BenchContext, BenchModule, BenchRow } from './types.ts';

const baselineEntry = fileURLToPath(new URL('./baseline-server.ts', import.meta.url));

type Kind = 'accord' | 'baseline';
const kinds: Kind[] = ['accord', 'baseline'];

type RunFigures = LoadResult;

/**
 * One round: both servers under the same scenario, taking turns in ABBA slices. Which
 * server opens the round alternates by round and by scenario.
 */
async function runRound(
  servers: Record<Kind, ChildServer>,
  scenario: Scenario,
  runId: string,
  seconds: number,
  first: 0 | 1,
): Promise<Record<Kind, RunFigures>> {
  const targets = kinds.map((kind) => {
    const pid = servers[kind].process.pid;
    if (pid === undefined) throw new Error(`${kind} server has no pid`);
    return { collabUrl: servers[kind].collabUrl, pid };
  });
  const [accord, baseline] = await runInterleavedLoad(targets, scenario, runId, seconds, first);
  if (!accord || !baseline) throw new Error('missing results');
  return { accord, baseline };
}

/** Which server opens round `round` of scenario `scenarioIndex`: 0 = Accord, 1 = baseline. */
export function firstOfRound(scenarioIndex: number, round: number): 0 | 1 {
  return (scenarioIndex + round) % 2 === 0 ? 1 : 0;
}

const describe = (f: RunFigures) =>
  `p50 ${f.p50.toFixed(1)} p99 ${f.p99.toFixed(1)} max ${f.max.toFixed(1)} ms, ` +
  `${f.expected - f.received} undelivered of ${f.expected}, server cpu ${f.serverCpu.toFixed(0)}%, ` +
  `load cpu ${f.loadCpu.toFixed(0)}%, load lag p99 ${f.loadLagP99.toFixed(0)} ms`;

/** Median of one figure across rounds. */
const mid = (runs: RunFigures[], pick: (f: RunFigures) => number) => median(runs.map(pick));

function scenarioRows(scenario: Scenario, a: RunFigures[], b: RunFigures[]): BenchRow[] {
  const group = `collab: ${scenario.label}`;
  const rows: BenchRow[] = a.map((run, i) => ({
    group,
    metric: `propagation p99, round ${i + 1}`,
    value: round(run.p99),
    baseline: round(b[i]?.p99 ?? 0),
    unit: 'ms',
  }));
  const ratioTarget = '≤ 1.25× baseline';
  const figure = (metric: string, pick: (f: RunFigures) => number, unit: string): BenchRow => ({
    group,
    metric,
    value: round(mid(a, pick)),
    baseline: round(mid(b, pick)),
    unit,
  });
  const undelivered = (runs: RunFigures[]) =>
    runs.reduce((sum, r) => sum + r.expected - r.received, 0);
  const expected = (runs: RunFigures[]) => runs.reduce((sum, r) => sum + r.expected, 0);
  rows.push(
    figure('propagation p50 (median of rounds)', (f) => f.p50, 'ms'),
    figure('propagation p95 (median of rounds)', (f) => f.p95, 'ms'),
    {
      ...figure('propagation p99 (median of rounds)', (f) => f.p99, 'ms'),
      target: ratioTarget,
      pass: mid(a, (f) => f.p99) <= 1.25 * mid(b, (f) => f.p99),
    },
    figure('propagation max (median of rounds)', (f) => f.max, 'ms'),
    {
      group,
      metric: `undelivered updates, all rounds (of ${expected(a)} / ${expected(b)})`,
      value: undelivered(a),
      baseline: undelivered(b),
      unit: '',
      target: '0',
      pass: undelivered(a) === 0,
    },
    figure('server CPU while its load runs (one core = 100, median)', (f) => f.serverCpu, '%'),
    {
      group,
      metric: 'server RSS at end of load (max of rounds)',
      value: round(Math.max(...a.map((f) => f.serverRssMb))),
      baseline: round(Math.max(...b.map((f) => f.serverRssMb))),
      unit: 'MB',
    },
    figure(
      'load process CPU (median; near 100 = the load process is the bottleneck)',
      (f) => f.loadCpu,
      '%',
    ),
    figure('load process event-loop lag p99 (median)', (f) => f.loadLagP99, 'ms'),
  );
  return rows;
}

async function warmUp(ctx: BenchContext, servers: Record<Kind, ChildServer>, seconds: number) {
  ctx.log(`warm-up: both servers, ${seconds} s each, unmeasured`);
  await runRound(servers, warmUpScenario, 'warmup', seconds, 1);
}

/**
 * Collaboration load: each scenario against Accord (persistence, auth, hardening; child
 * process) and plain Hocuspocus 3.4 (child process), after an unmeasured warm-up of both,
 * in BENCH_ROUNDS rounds of alternating (ABBA) one-second slices; the verdict compares the
 * median p99 of the rounds.
 */
export const collabBench: BenchModule = {
  name: 'collab',
  async run(ctx) {
    const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
    const warmUpSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 4);
    if (!Number.isInteger(rounds) || rounds < 1)
      throw new Error('BENCH_ROUNDS: a whole number ≥ 1');
    const scenarios = selectedScenarios(process.env.BENCH_SCENARIOS);
    const dataDir = tempDir('accord-bench-');
    ctx.log('starting Accord and baseline servers');
    const servers: Record<Kind, ChildServer> = {
      accord: await spawnServer({ DATA_DIR: dataDir.path, PORT: '0', LOG_LEVEL: 'warn' }),
      baseline: await spawnServer({ PORT: '0' }, baselineEntry),
    };
    const rows: BenchRow[] = [];
    try {
      if (warmUpSeconds > 0) await warmUp(ctx, servers, warmUpSeconds);
      for (const [index, scenario] of scenarios.entries()) {
        const runs: Record<Kind, RunFigures[]> = { accord: [], baseline: [] };
        for (let r = 0; r < rounds; r++) {
          const first = firstOfRound(index, r);
          const figures = await runRound(servers, scenario, `r${r}`, ctx.seconds, first);
          for (const kind of first === 0 ? kinds : [...kinds].reverse()) {
            ctx.log(`${scenario.key} round ${r + 1} ${kind}: ${describe(figures[kind])}`);
            runs[kind][r] = figures[kind];
          }
        }
        rows.push(...scenarioRows(scenario, runs.accord, runs.baseline));
      }
    } finally {
      servers.accord.kill('SIGTERM');
      servers.baseline.kill('SIGTERM');
      await Promise.all([servers.accord.exited, servers.baseline.exited]);
      dataDir.remove();
    }
    return rows;
  },
};

import type { Scenario } from './collab-load.ts';

/** The three loads of issue 2, measured against Accord and the baseline. */
export const scenarios: Scenario[] = [
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

/**
 * Unmeasured load run once against each server before the rounds: a plenary-sized
 * document plus a few small ones, so JIT, socket and store paths are warm for every scenario.
 */
export const warmUpScenario: Scenario = {
  key: 'warmup',
  label: 'warm-up',
  documents: 4,
  writersPerDocument: 5,
  readersPerDocument: 45,
  charsPerSecond: 2,
};

/** The scenarios named in BENCH_SCENARIOS (comma-separated keys), or all of them. */
export function selectedScenarios(env: string | undefined): Scenario[] {
  if (!env) return scenarios;
  const keys = env.split(',').map((s) => s.trim());
  const unknown = keys.filter((k) => !scenarios.some((s) => s.key === k));
  if (unknown.length > 0)
    throw new Error(
      `BENCH_SCENARIOS: unknown ${unknown.join(', ')} (allowed: ${scenarios.map((s) => s.key).join(', ')})`,
    );
  return scenarios.filter((s) => keys.includes(s.key));
}

/** One measured figure. `baseline` is the same figure for the reference setup, run in the same script. */
export interface BenchRow {
  group: string;
  metric: string;
  value: number;
  unit: string;
  baseline?: number;
  /** Human-readable target, e.g. "≤ 1.25× baseline" or "≥ 10000". */
  target?: string;
  pass?: boolean;
}

export interface BenchContext {
  /** Seconds of load per scenario run (BENCH_SECONDS, default 10). */
  seconds: number;
  log(message: string): void;
}

/** A benchmark module: run.ts calls each in turn and prints every row it returns. */
export interface BenchModule {
  name: string;
  run(context: BenchContext): Promise<BenchRow[]>;
}

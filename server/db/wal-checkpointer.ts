import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './open.ts';

export interface WalCheckpointerOptions {
  /** How often the worker checkpoints (ms). */
  intervalMs?: number;
  /**
   * Pages in the WAL after which the main connection checkpoints itself anyway: a safety
   * net for when the worker is stuck or dead, so the WAL never grows without bound.
   */
  fallbackPages?: number;
  /** Told about a failing worker; the fallback keeps the WAL bounded meanwhile. */
  onError?: (message: string) => void;
}

export interface WalCheckpointer {
  /** Stop the worker and close its connection; call before closing the main connection. */
  stop(): Promise<void>;
}

/**
 * Plain JavaScript (no loader needed in the worker). Each tick runs PASSIVE checkpoints,
 * which never block the writer; a pass that ends with frames left (the writer appended
 * meanwhile) is repeated a few times, because SQLite only rewinds the WAL when a write
 * starts with every frame copied back.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
// The checkpoint's fsyncs follow this connection's setting: the same as the writer's.
db.pragma('synchronous = ' + workerData.synchronous);
let timer;
const tick = () => {
  try {
    for (let pass = 0; pass < 4; pass++) {
      const [result] = db.pragma('wal_checkpoint(PASSIVE)');
      if (!result || result.busy || result.log === result.checkpointed) break;
    }
  } catch (err) {
    parentPort.postMessage({ error: String(err && err.message ? err.message : err) });
  }
  timer = setTimeout(tick, workerData.intervalMs);
};
timer = setTimeout(tick, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearTimeout(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Move WAL checkpoints (and their fsyncs, tens of ms on a busy disk) off the main thread:
 * a worker thread with its own connection checkpoints every `intervalMs`. Checkpoints are
 * crash-safe in any connection. Use once per server process for a file-backed database.
 */
export function startWalCheckpointer(
  db: Db,
  options: WalCheckpointerOptions = {},
): WalCheckpointer {
  const intervalMs = options.intervalMs ?? 1000;
  if (db.memory) return { stop: () => Promise.resolve() };
  db.pragma(`wal_autocheckpoint = ${options.fallbackPages ?? 10_000}`);
  const synchronous = Number(db.pragma('synchronous', { simple: true }));
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    // Without the parent's flags: no TypeScript loader in a thread that needs none.
    execArgv: [],
    workerData: {
      driver: createRequire(import.meta.url).resolve('better-sqlite3'),
      file: db.name,
      synchronous,
      intervalMs,
    },
  });
  worker.unref();
  worker.on('message', (message: { error?: string }) => {
    if (message.error) options.onError?.(message.error);
  });
  worker.on('error', (err) => options.onError?.(err.message));
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  let stopping: Promise<void> | undefined;
  return {
    stop() {
      stopping ??= (async () => {
        worker.postMessage('stop');
        const timer = setTimeout(() => void worker.terminate(), 2000);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./collab-child-server.ts', import.meta.url));

export interface ChildServer {
  process: ChildProcess;
  url: string;
  collabUrl: string;
  /** Resolves with the exit code (or signal name) when the process ends. */
  exited: Promise<number | string>;
  kill(signal: NodeJS.Signals): void;
}

/** A free TCP port on 127.0.0.1, so a restarted child can listen where clients reconnect. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
}

/**
 * Spawn tests/helpers/collab-child-server.ts (`node --import tsx`) with `env` and wait
 * until it prints its URL. `script` may name another entry (e.g. the baseline server).
 */
export function spawnServer(
  env: Record<string, string>,
  entry: string = script,
): Promise<ChildServer> {
  // BENCH_SERVER_PROFILE=<dir>: each server writes a CPU profile there when it stops.
  const profile = process.env.BENCH_SERVER_PROFILE;
  const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', entry], {
    env: { ...process.env, LOG_LEVEL: 'warn', ACCORD_DEMO: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = /ACCORD_URL (\S+)/.exec(buffered);
      if (!match?.[1]) return;
      const url = match[1];
      resolve({
        process: child,
        url,
        collabUrl: `${url.replace(/^http/, 'ws')}/collab`,
        exited,
        kill: (signal) => child.kill(signal),
      });
    });
    void exited.then((code) =>
      reject(new Error(`server exited (${code}) before listening: ${stderr}`)),
    );
  });
}

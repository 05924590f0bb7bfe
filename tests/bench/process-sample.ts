import { readFileSync } from 'node:fs';

export interface ProcessSample {
  /** CPU seconds (user + system) so far. */
  cpuSeconds: number;
  rssBytes: number;
  at: number;
}

const TICKS_PER_SECOND = 100;

/** CPU time and resident memory of another process, from /proc (Linux). */
export function sampleProcess(pid: number): ProcessSample {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return {
    cpuSeconds: (utime + stime) / TICKS_PER_SECOND,
    rssBytes: rssKb * 1024,
    at: performance.now(),
  };
}

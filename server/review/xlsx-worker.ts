/**
 * Reading an uploaded workbook off the main thread: a worker thread with a bounded heap and
 * a deadline first inflates every entry of the archive against a byte budget (the sizes an
 * archive declares can lie; inflating cannot), then loads it with exceljs and returns the
 * first worksheet's cell text. A zip bomb or a pathological sheet costs the worker, never
 * the event loop that serves everyone else.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ZipEntry } from './zip-directory.ts';

/** Bounds on one read; every one of them ends it with a refusal, never a crash. */
export interface WorkbookLimits {
  maxRows: number;
  maxColumns: number;
  /** Bytes all entries may inflate to, counted while inflating. */
  maxUnpackedBytes: number;
  /** The worker's old-generation heap (exceljs keeps a model of the whole workbook). */
  maxHeapMb: number;
  /** After this the worker is stopped. */
  deadlineMs: number;
}

/** Why a workbook was not read; `rows`/`columns` carry the limit that was passed. */
export type WorkbookRefusal =
  'unreadable' | 'no-sheet' | 'rows' | 'columns' | 'too-large' | 'too-slow' | 'busy';

export type WorkbookRows =
  { ok: true; rows: string[][] } | { ok: false; reason: WorkbookRefusal; row?: number };

/** Plain JavaScript: the worker runs without the TypeScript loader (execArgv: []). */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const zlib = require('node:zlib');
const { excel, bytes, entries, limits } = workerData;
const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const post = (message) => parentPort.postMessage(message);

// Inflate each entry with the remaining budget as a hard cap on output: a bomb stops here.
function fitsBudget() {
  let total = 0;
  for (const e of entries) {
    const at = e.localHeaderOffset;
    if (data.readUInt32LE(at) !== 0x04034b50) throw new Error('bad local header');
    const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
    const packed = data.subarray(start, start + e.compressedSize);
    const left = limits.maxUnpackedBytes - total;
    if (left <= 0) return false;
    if (e.method === 0) total += packed.length;
    else {
      try {
        total += zlib.inflateRawSync(packed, { maxOutputLength: left }).length;
      } catch (err) {
        if (err && err.code === 'ERR_BUFFER_TOO_LARGE') return false;
        throw err;
      }
    }
    if (total > limits.maxUnpackedBytes) return false;
  }
  return true;
}

async function main() {
  try {
    if (!fitsBudget()) return post({ ok: false, reason: 'too-large' });
  } catch {
    return post({ ok: false, reason: 'unreadable' });
  }
  const ExcelJS = require(excel);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch {
    return post({ ok: false, reason: 'unreadable' });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return post({ ok: false, reason: 'no-sheet' });
  if (sheet.rowCount > limits.maxRows) return post({ ok: false, reason: 'rows' });
  const rows = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells = [];
    let wide = false;
    // Existing cells only: a stray cell in column XFD must not make 16,384 empty ones.
    row.eachCell((cell, column) => {
      const text = cell.text ?? '';
      if (column > limits.maxColumns) wide = wide || text !== '';
      else cells[column - 1] = text;
    });
    if (wide) return post({ ok: false, reason: 'columns', row: r });
    const width = Math.min(row.cellCount, limits.maxColumns);
    const out = [];
    for (let c = 0; c < width; c += 1) out.push(cells[c] ?? '');
    rows.push(out);
  }
  post({ ok: true, rows });
}
main().catch(() => post({ ok: false, reason: 'unreadable' }));
`;

/** Workbooks read at once: each worker may take its whole heap limit. */
const MAX_RUNNING = 2;
/** Reads waiting their turn; beyond this the caller is told to come back. */
const MAX_WAITING = 8;
let running = 0;
const waiting: (() => void)[] = [];

async function turn(): Promise<boolean> {
  if (running < MAX_RUNNING) {
    running += 1;
    return true;
  }
  if (waiting.length >= MAX_WAITING) return false;
  // The slot is handed over by `release`, so `running` stays counted.
  await new Promise<void>((resolve) => waiting.push(resolve));
  return true;
}

function release(): void {
  const next = waiting.shift();
  if (next) next();
  else running -= 1;
}

const excelPath = createRequire(import.meta.url).resolve('exceljs');

function runWorker(bytes: Uint8Array, entries: readonly ZipEntry[], limits: WorkbookLimits) {
  return new Promise<WorkbookRows>((resolve) => {
    // A copy of our own to transfer (a Buffer's slice would share, even the pool).
    const copy = new Uint8Array(bytes.byteLength);
    copy.set(bytes);
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      // Without the parent's flags: no TypeScript loader in a thread that needs none.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: 16 },
      workerData: {
        excel: excelPath,
        bytes: copy,
        entries: entries.map((e) => ({ ...e })),
        limits: { ...limits },
      },
      transferList: [copy.buffer],
    });
    let settled = false;
    const settle = (result: WorkbookRows) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => settle({ ok: false, reason: 'too-slow' }), limits.deadlineMs);
    worker.on('message', (message: WorkbookRows) => settle(message));
    worker.on('error', (err: Error & { code?: string }) =>
      settle({
        ok: false,
        reason: err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'too-large' : 'unreadable',
      }),
    );
    worker.on('exit', () => settle({ ok: false, reason: 'unreadable' }));
  });
}

/**
 * Use to read the first worksheet of an uploaded workbook whose directory was already read
 * (`readZipDirectory`): resolves with its rows of cell text, or the reason it was refused.
 */
export async function readWorkbookRows(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  limits: WorkbookLimits,
): Promise<WorkbookRows> {
  if (!(await turn())) return { ok: false, reason: 'busy' };
  try {
    return await runWorker(bytes, entries, limits);
  } finally {
    release();
  }
}

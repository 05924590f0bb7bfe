// The bounds of the table readers: the CSV parser stops at its first limit; the workbook
// reader refuses (never crashes) when its worker runs out of time, of memory, or of turns.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';
import { readXlsx, type XlsxRead } from './xlsx.ts';

const limits = { maxRows: 3, maxColumns: 3, maxCellLength: 5 };

describe('parseCsv with limits', () => {
  it('stops at the row limit before a later error', () => {
    expect(parseCsv('a\nb\nc\nd\n"open', limits)).toEqual({
      ok: false,
      message: 'The table has more than 3 rows.',
    });
    expect(parseCsv('a\nb\nc', limits)).toEqual({ ok: true, rows: [['a'], ['b'], ['c']] });
  });

  it('refuses a row with too many cells and a cell too long, quoted or not', () => {
    expect(parseCsv('a,b,c,d', limits)).toMatchObject({
      message: 'Row 1 has more than 3 columns.',
    });
    expect(parseCsv('x\nabcdef', limits)).toMatchObject({
      message: 'A cell in row 2 is longer than 5 characters.',
    });
    expect(parseCsv('"ab""cde"', limits)).toMatchObject({ ok: false });
    expect(parseCsv('"ab""c"', limits)).toEqual({ ok: true, rows: [['ab"c']] });
  });
});

async function workbook(rows: number): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Comments');
  for (let i = 0; i < rows; i += 1) sheet.addRow(['MOH', `4.${i}`, 'ge', 'Illustrative text.']);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const TOO_LARGE = /^400 The workbook is too large to read\./;
/** "status message" of a refusal, "read" when the workbook was read. */
const refusal = (read: XlsxRead) => (read.ok ? 'read' : `${read.status} ${read.message}`);

describe('readXlsx bounds', () => {
  it('a worker past its deadline is stopped: a clear refusal', async () => {
    const read = await readXlsx(await workbook(10), 100, { deadlineMs: 1 });
    expect(refusal(read)).toMatch(TOO_LARGE);
  });

  it('a worker out of heap is a clear refusal, and the next read works', async () => {
    const bytes = await workbook(2000);
    const starved = await readXlsx(bytes, 5000, { maxHeapMb: 4 });
    expect(refusal(starved)).toMatch(TOO_LARGE);
    const read = await readXlsx(bytes, 5000);
    expect(read.ok && read.rows.length).toBe(2000);
  });

  it('rows and unpacked bytes over their limits are refused', async () => {
    const bytes = await workbook(20);
    expect(await readXlsx(bytes, 10)).toMatchObject({
      message: 'The worksheet has more than 10 rows.',
    });
    expect(refusal(await readXlsx(bytes, 100, { maxUnpackedBytes: 1000 }))).toMatch(TOO_LARGE);
  });

  it('more reads at once than it will run or queue: the rest are told to come back', async () => {
    const bytes = await workbook(1);
    const reads = await Promise.all(
      Array.from({ length: 11 }, () => readXlsx(bytes, 100, { deadlineMs: 1 })),
    );
    expect(reads.filter((r) => !r.ok && r.status === 503)).toHaveLength(1);
  });
});

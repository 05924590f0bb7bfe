/**
 * The comment table as an XLSX workbook (exceljs): written with every cell as text, so
 * clause numbers such as 4.10 stay what they are; read back as the displayed text of cells.
 */
import type ExcelJSModule from 'exceljs';
import { TABLE_COLUMNS } from './comment-table.ts';
import { readWorkbookRows, type WorkbookLimits } from './xlsx-worker.ts';
import { declaredSize, readZipDirectory } from './zip-directory.ts';

/**
 * ExcelJS is loaded on first use: it adds about 7 MB to a heap of 34 MB, kept for the whole
 * life of the server (and walked by every full garbage collection), for a feature used a few
 * times per consultation round.
 */
let excel: Promise<typeof ExcelJSModule> | undefined;
const loadExcel = (): Promise<typeof ExcelJSModule> =>
  (excel ??= import('exceljs').then((m) => m.default));

/** Use to write the comment table (header row first) as an XLSX file. */
export async function toXlsx(
  rows: readonly (readonly string[])[],
  title: string,
): Promise<Uint8Array> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Accord';
  const sheet = workbook.addWorksheet('Comments', {
    views: [{ state: 'frozen', ySplit: 1 }],
    // A secretariat prints the table for its meeting: landscape, every column on the page.
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
    headerFooter: { oddHeader: `&L${title.replace(/&/g, '&&')}`, oddFooter: '&RPage &P of &N' },
  });
  sheet.columns = TABLE_COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  for (const row of rows) sheet.addRow([...row]);
  sheet.getRow(1).font = { bold: true };
  // Filters on every column: by agency, clause, type or status at a click.
  if (rows.length > 0)
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1, column: TABLE_COLUMNS.length },
    };
  sheet.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
  workbook.title = title;
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

export type XlsxRead =
  { ok: true; rows: string[][] } | { ok: false; status: 400 | 503; message: string };

/** What a workbook read may cost by default: generous for a comment table, bounded for anything. */
export const XLSX_LIMITS: Omit<WorkbookLimits, 'maxRows'> = {
  maxColumns: 100,
  maxUnpackedBytes: 64 * 1024 * 1024,
  maxHeapMb: 256,
  deadlineMs: 10_000,
};

const UNREADABLE = 'The file is not a readable XLSX workbook.';

/** Archives with more entries than this are not comment tables. */
const MAX_ENTRIES = 1_000;

const TOO_LARGE =
  'The workbook is too large to read. Save the comment table on its own in a new workbook, or as "CSV UTF-8".';

/**
 * Use to read the first worksheet of an uploaded XLSX file as rows of cell text. The work
 * happens in a worker thread with bounded memory and time (see xlsx-worker.ts); the declared
 * sizes of the archive are checked first, as a cheap refusal of the obvious bomb.
 */
export async function readXlsx(
  bytes: Uint8Array,
  maxRows: number,
  overrides: Partial<Omit<WorkbookLimits, 'maxRows'>> = {},
): Promise<XlsxRead> {
  const limits: WorkbookLimits = { ...XLSX_LIMITS, ...overrides, maxRows };
  const refuse = (message: string, status: 400 | 503 = 400): XlsxRead => ({
    ok: false,
    status,
    message,
  });
  const directory = readZipDirectory(bytes, MAX_ENTRIES);
  if (!directory.ok) return refuse(UNREADABLE);
  if (declaredSize(directory.entries) > limits.maxUnpackedBytes) return refuse(TOO_LARGE);
  const read = await readWorkbookRows(bytes, directory.entries, limits);
  if (read.ok) return read;
  switch (read.reason) {
    case 'unreadable':
      return refuse(UNREADABLE);
    case 'no-sheet':
      return refuse('The workbook has no worksheet.');
    case 'rows':
      return refuse(`The worksheet has more than ${maxRows} rows.`);
    case 'columns':
      return refuse(`Row ${read.row ?? '?'} has more than ${limits.maxColumns} columns.`);
    case 'too-large':
    case 'too-slow':
      return refuse(TOO_LARGE);
    case 'busy':
      return refuse('Other workbooks are being read just now. Try again in a minute.', 503);
  }
}

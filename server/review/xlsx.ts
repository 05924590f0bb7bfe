/**
 * The comment table as an XLSX workbook (exceljs): written with every cell as text, so
 * clause numbers such as 4.10 stay what they are; read back as the displayed text of cells.
 */
import type ExcelJSModule from 'exceljs';
import { TABLE_COLUMNS } from './comment-table.ts';

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

export type XlsxRead = { ok: true; rows: string[][] } | { ok: false; message: string };

/** Use to read the first worksheet of an uploaded XLSX file as rows of cell text. */
export async function readXlsx(bytes: Uint8Array, maxRows: number): Promise<XlsxRead> {
  const workbook = new (await loadExcel()).Workbook();
  try {
    // exceljs declares its own Buffer type (an ArrayBuffer); hand it a copy of the bytes.
    const copy = bytes.slice().buffer;
    await workbook.xlsx.load(copy);
  } catch {
    return { ok: false, message: 'The file is not a readable XLSX workbook.' };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, message: 'The workbook has no worksheet.' };
  if (sheet.rowCount > maxRows)
    return { ok: false, message: `The worksheet has more than ${maxRows} rows.` };
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, 0); c += 1) cells.push(row.getCell(c).text ?? '');
    rows.push(cells);
  }
  return { ok: true, rows };
}

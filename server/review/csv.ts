/**
 * CSV as spreadsheets read and write it (RFC 4180 quoting, CRLF, UTF-8 with BOM). Pure.
 * Cells that a spreadsheet would run as a formula are neutralised on the way out.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

function quote(cell: string): string {
  // A leading apostrophe keeps a spreadsheet from evaluating reviewer text as a formula.
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** Use to write a table (header row first) as CSV text. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}

/** The delimiter of a CSV file: comma, or semicolon as European spreadsheets write. */
function detectDelimiter(text: string): ',' | ';' {
  // The first line only, and only its start: a file of one endless line costs nothing here.
  const firstLine = text.slice(0, 64 * 1024).split(/\r?\n/, 1)[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const count = (ch: string) => unquoted.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * Where an unquoted stretch of a cell ends: at the delimiter, a line end or the end of the
 * text; -1 when it runs longer than `maxLength` characters.
 */
function endOfCell(text: string, from: number, delimiter: string, maxLength: number): number {
  const stop = Math.min(text.length, from + maxLength + 1);
  for (let i = from; i < stop; i += 1) {
    const ch = text[i];
    if (ch === delimiter || ch === '\n' || ch === '\r') return i;
  }
  return stop === text.length && stop - from <= maxLength ? stop : -1;
}

/** Undo the formula guard added by `toCsv`. */
export function unguard(cell: string): string {
  return cell.length > 1 && cell.startsWith("'") && FORMULA_START.test(cell.slice(1))
    ? cell.slice(1)
    : cell;
}

export type CsvParse = { ok: true; rows: string[][] } | { ok: false; message: string };

/** Bounds on what `parseCsv` reads: it stops at the first one exceeded. */
export interface CsvLimits {
  /** Rows (blank lines included): one more and parsing stops with a refusal. */
  maxRows: number;
  /** Cells in one row. */
  maxColumns: number;
  /** Characters in one cell. */
  maxCellLength: number;
}

/** For files the server wrote itself (tests reading an export): no bounds. */
const NO_LIMITS: CsvLimits = {
  maxRows: Number.POSITIVE_INFINITY,
  maxColumns: Number.POSITIVE_INFINITY,
  maxCellLength: Number.POSITIVE_INFINITY,
};

/**
 * Use to read an uploaded CSV into rows of cells; refuses unbalanced quotes. With `limits`
 * it stops as soon as one is exceeded, so a huge file costs no more than the limit.
 */
export function parseCsv(input: string, limits: CsvLimits = NO_LIMITS): CsvParse {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const tooLong = () => ({
    ok: false as const,
    message: `A cell in row ${rows.length + 1} is longer than ${limits.maxCellLength} characters.`,
  });
  while (i < text.length) {
    let cell: string;
    if (text[i] === '"') {
      // Quoted: runs to the next lone quote; doubled quotes are one quote.
      const parts: string[] = [];
      let length = 0;
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close < 0) return { ok: false, message: 'A quoted cell is not closed.' };
        length += close - from;
        if (length > limits.maxCellLength) return tooLong();
        parts.push(text.slice(from, close));
        if (text[close + 1] === '"') {
          parts.push('"');
          length += 1;
          from = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      // Text after the closing quote (`"a"b`) belongs to the cell, as spreadsheets read it.
      const end = endOfCell(text, i, delimiter, limits.maxCellLength - length);
      if (end < 0) return tooLong();
      parts.push(text.slice(i, end));
      cell = parts.join('');
      i = end;
    } else {
      const end = endOfCell(text, i, delimiter, limits.maxCellLength);
      if (end < 0) return tooLong();
      cell = text.slice(i, end);
      i = end;
    }
    row.push(unguard(cell));
    if (row.length > limits.maxColumns)
      return {
        ok: false,
        message: `Row ${rows.length + 1} has more than ${limits.maxColumns} columns.`,
      };
    const ch = text[i];
    if (ch === delimiter) {
      i += 1;
      // A delimiter at the very end still ends a (last, empty) cell.
      if (i === text.length) row.push('');
      continue;
    }
    // End of line (or of the text): the row is complete.
    if (ch === '\r' && text[i + 1] === '\n') i += 2;
    else if (ch !== undefined) i += 1;
    rows.push(row);
    row = [];
    if (rows.length > limits.maxRows)
      return { ok: false, message: `The table has more than ${limits.maxRows} rows.` };
  }
  if (row.length > 0) rows.push(row);
  if (rows.length > limits.maxRows)
    return { ok: false, message: `The table has more than ${limits.maxRows} rows.` };
  return { ok: true, rows };
}

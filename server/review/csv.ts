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
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const count = (ch: string) => unquoted.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** Undo the formula guard added by `toCsv`. */
export function unguard(cell: string): string {
  return cell.length > 1 && cell.startsWith("'") && FORMULA_START.test(cell.slice(1))
    ? cell.slice(1)
    : cell;
}

export type CsvParse = { ok: true; rows: string[][] } | { ok: false; message: string };

/** Use to read an uploaded CSV into rows of cells; refuses unbalanced quotes. */
export function parseCsv(input: string): CsvParse {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (quoted) return { ok: false, message: 'A quoted cell is not closed.' };
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return { ok: true, rows: rows.map((r) => r.map(unguard)) };
}

/**
 * The comment table standards bodies exchange (ISO/IEC template columns, with the agency in
 * place of the member body and the provision number in place of the line number), plus a
 * few columns of our own after them. Pure: rows in, rows out; CSV and XLSX live elsewhere.
 */
import { DISPOSITION_LABEL, TYPE_CODE } from './rules.ts';
import type { ThreadView } from './thread-view.ts';

export const TABLE_COLUMNS = [
  { key: 'agency', header: 'Agency', width: 12 },
  { key: 'provision', header: 'Provision', width: 10 },
  { key: 'clause', header: 'Clause/Subclause', width: 12 },
  { key: 'paragraph', header: 'Paragraph/Figure/Table', width: 14 },
  { key: 'type', header: 'Type of comment', width: 9 },
  { key: 'comment', header: 'Comments', width: 50 },
  { key: 'proposedChange', header: 'Proposed change', width: 50 },
  { key: 'observations', header: 'Observations of the secretariat', width: 50 },
  { key: 'status', header: 'Status', width: 10 },
  { key: 'passage', header: 'Passage', width: 30 },
  { key: 'reference', header: 'Reference', width: 38 },
] as const;

export type ColumnKey = (typeof TABLE_COLUMNS)[number]['key'];
export type TableRow = Record<ColumnKey, string>;

/** Use for the header row of an export. */
export function tableHeaders(): string[] {
  return TABLE_COLUMNS.map((c) => c.header);
}

/** Use to order an export as the draft reads: by position of the target, orphans last. */
export function sortForExport(
  views: readonly ThreadView[],
  positionOf: (id: string) => number | undefined,
): ThreadView[] {
  const key = (v: ThreadView) => (v.orphaned ? Infinity : (positionOf(v.target.id) ?? Infinity));
  return [...views].sort((a, b) => key(a) - key(b) || a.createdAt.localeCompare(b.createdAt));
}

/** One row of the comment table for a thread (its opening comment and current disposition). */
export function tableRow(view: ThreadView): TableRow {
  const first = view.comments[0];
  const d = view.disposition;
  return {
    agency: view.agency?.code ?? '',
    provision: view.provisionNumber ?? '',
    clause: view.clauseNumber ?? '',
    paragraph: view.paragraph ?? '',
    type: view.type ? TYPE_CODE[view.type] : '',
    comment: first && !first.deleted ? first.body : '',
    proposedChange: first?.proposedChange ?? '',
    observations: d
      ? `${DISPOSITION_LABEL[d.value]}${d.observation ? `: ${d.observation}` : ''}`
      : '',
    status: view.orphaned ? `${view.status}, orphaned` : view.status,
    passage: view.passage?.quote ?? '',
    reference: view.id,
  };
}

/** Use to lay rows out as cells in column order. */
export function rowCells(row: TableRow): string[] {
  return TABLE_COLUMNS.map((c) => row[c.key]);
}

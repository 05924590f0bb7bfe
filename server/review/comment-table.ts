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
  { key: 'submittedBy', header: 'Submitted by', width: 20 },
  { key: 'submittedOn', header: 'Submitted on (UTC)', width: 17 },
  { key: 'replies', header: 'Discussion', width: 50 },
  { key: 'decidedBy', header: 'Disposition by', width: 20 },
  { key: 'decidedOn', header: 'Disposition on (UTC)', width: 17 },
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

/** "2026-11-29T14:03:05.120Z" → "2026-11-29 14:03": sorts as text, reads in any spreadsheet. */
export function tableTime(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 16).replace('T', ' ') : '';
}

/**
 * Who submitted a comment: its author, or for a row imported from an agency's comment table
 * that agency (the person who imported it only recorded it).
 */
function submitter(c: ThreadView['comments'][number]): string {
  if (c.source !== 'import') return c.author.name;
  const agency = c.agency?.name ?? c.agency?.code ?? 'An agency';
  return `${agency} (comment table imported by ${c.author.name})`;
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
    submittedBy: first ? submitter(first) : view.author.name,
    submittedOn: tableTime(first?.createdAt ?? view.createdAt),
    // Replies in order, one paragraph each, so late answers and who gave them are on record.
    replies: view.comments
      .slice(1)
      .filter((c) => !c.deleted)
      .map((c) => `${c.author.name} (${tableTime(c.createdAt)}): ${c.body}`)
      .join('\n\n'),
    decidedBy: d?.decidedBy.name ?? '',
    decidedOn: tableTime(d?.decidedAt),
    reference: view.id,
  };
}

/** Use to lay rows out as cells in column order. */
export function rowCells(row: TableRow): string[] {
  return TABLE_COLUMNS.map((c) => row[c.key]);
}

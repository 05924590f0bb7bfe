import type { AuditRecord } from './audit.ts';

const COLUMNS = [
  'id',
  'at',
  'action',
  'actorId',
  'actorEmail',
  'actorAgency',
  'ip',
  'standardId',
  'targetUserId',
  'detail',
] as const;

/** One CSV field: quoted when needed; a leading = + - @ is defused so spreadsheets do not run it. */
export function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The audit log as CSV (RFC 4180, header row, CRLF); pure, for the export route. */
export function auditToCsv(records: readonly AuditRecord[]): string {
  const lines = [COLUMNS.join(',')];
  for (const r of records) {
    lines.push(
      COLUMNS.map((c) => csvField(c === 'detail' ? JSON.stringify(r.detail) : r[c])).join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

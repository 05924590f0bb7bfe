/**
 * Placing the rows of an offline comment table (CSV or XLSX from an agency) on the draft:
 * find the header row, map clause and provision numbers back to ids, and report every row
 * that cannot be placed with its reason. Pure: numbers and agencies are looked up through
 * the functions passed in.
 */
import type { Numbering } from '../../model/index.ts';
import type { CommentAgency } from './threads-db.ts';
import { hasUnwantedInText } from '../plain-text.ts';
import { MAX_TEXT, parseCommentType, type CommentType, type DispositionValue } from './rules.ts';

type Field =
  | 'agency'
  | 'provision'
  | 'clause'
  | 'paragraph'
  | 'type'
  | 'comment'
  | 'proposedChange'
  | 'observations';

/** Header cell → field. ISO templates carry footnote marks and examples: "MB/NC¹", "Clause/ Subclause (e.g. 3.1)". */
function fieldOfHeader(cell: string): Field | null {
  const h = cell
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/[^a-z]/g, '');
  if (h === 'agency' || h === 'mbnc' || h === 'mb' || h === 'nc' || h === 'memberbody')
    return 'agency';
  if (h.startsWith('provision') || h === 'linenumber') return 'provision';
  if (h.startsWith('clause')) return 'clause';
  if (h.startsWith('paragraph')) return 'paragraph';
  if (h.startsWith('typeof') || h === 'type') return 'type';
  if (h === 'comment' || h === 'comments') return 'comment';
  if (h.startsWith('proposed')) return 'proposedChange';
  if (h.startsWith('observation')) return 'observations';
  return null;
}

/** What the secretariat wrote for a comment, as Accord's export writes a disposition. */
export type ObservationCell =
  | { kind: 'none' }
  | { kind: 'disposition'; value: DispositionValue; observation: string | null }
  | { kind: 'unrecognised'; text: string };

const DISPOSITION_WORDS: [RegExp, DispositionValue][] = [
  [/^accepted\s+in\s+part\b/i, 'accepted-in-part'],
  [/^accepted\b/i, 'accepted'],
  [/^rejected\b/i, 'rejected'],
  [/^noted\b/i, 'noted'],
];

/**
 * Use on an "Observations of the secretariat" cell: "Accepted", "Noted", "Rejected: why",
 * "Accepted in part: what" (the export's own form) is a disposition; other text is not.
 */
export function parseObservation(cell: string): ObservationCell {
  const text = cell.trim();
  if (text === '') return { kind: 'none' };
  for (const [pattern, value] of DISPOSITION_WORDS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const rest = text
      .slice(match[0].length)
      .replace(/^\s*[:.\-–—]\s*/, '')
      .trim();
    return { kind: 'disposition', value, observation: rest === '' ? null : rest };
  }
  return { kind: 'unrecognised', text };
}

/** A row that can be imported: where it goes and what it says. */
export interface PlacedRow {
  row: number;
  targetId: string;
  targetKind: 'clause' | 'provision';
  agency: CommentAgency;
  type: CommentType;
  body: string;
  proposedChange: string | null;
  /** The "Observations of the secretariat" cell, read. */
  observation: ObservationCell;
}

/** A row that cannot be imported, and why (1-based row number as the spreadsheet shows it). */
export interface UnplacedRow {
  row: number;
  reason: string;
  clause: string;
  provision: string;
}

export type ImportPlan =
  { ok: true; placed: PlacedRow[]; unplaced: UnplacedRow[] } | { ok: false; message: string };

/** How far down to look for the header row (templates have a title block above it). */
const HEADER_SEARCH_ROWS = 20;

function normaliseNumber(cell: string): string {
  return cell
    .trim()
    .replace(/^(annex|appendix|clause|приложение|дадатак)\s+/i, '')
    .replace(/\.$/, '');
}

/** The id of the clause or provision a row points at, or a reason it cannot be placed. */
function placeRow(
  numbering: Numbering,
  clauseCell: string,
  provisionCell: string,
  paragraphCell: string,
): { id: string; kind: 'clause' | 'provision' } | { reason: string } {
  const clause = normaliseNumber(clauseCell);
  const provision = normaliseNumber(provisionCell);
  const byNumber = (n: string, type: 'clause' | 'provision') => {
    for (const entry of numbering.byIndex)
      if (entry?.type === type && entry.number === n && entry.id) return entry;
    return null;
  };
  if (provision !== '') {
    const p = byNumber(provision, 'provision');
    if (p?.id) return { id: p.id, kind: 'provision' };
    return { reason: `No provision ${provision} in the current draft.` };
  }
  if (clause === '') return { reason: 'No clause or provision number.' };
  const c = byNumber(clause, 'clause');
  if (!c?.id) {
    // Tables often put a provision number in the clause column.
    const p = byNumber(clause, 'provision');
    if (p?.id) return { id: p.id, kind: 'provision' };
    return { reason: `No clause ${clause} in the current draft.` };
  }
  const note = /^(note|example)\s*(\d+)?$/i.exec(paragraphCell.trim());
  if (note) {
    const kind = (note[1] ?? '').toLowerCase();
    const index = Number(note[2] ?? '1');
    for (const entry of numbering.byIndex)
      if (
        entry?.type === 'provision' &&
        entry.clauseId === c.id &&
        entry.kind === kind &&
        entry.kindIndex === index &&
        entry.id
      )
        return { id: entry.id, kind: 'provision' };
    return { reason: `No ${kind} ${index} in clause ${clause}.` };
  }
  return { id: c.id, kind: 'clause' };
}

/** What makes two comments the same comment: where, from whom, which type, the same words. */
export function commentKey(c: {
  targetId: string;
  agencyId: string | null;
  type: string | null;
  body: string;
  proposedChange: string | null;
}): string {
  const words = (text: string | null) => (text ?? '').replace(/\r\n?/g, '\n').trim();
  return [c.targetId, c.agencyId ?? '', c.type ?? '', words(c.body), words(c.proposedChange)].join(
    '\u0000',
  );
}

/**
 * Use after planning: rows whose comment is already in the round (a file imported twice, or
 * an exported table sent back) or repeated earlier in the same file are set apart, so an
 * import never duplicates comments. `existing` maps the `commentKey`s of the round's
 * comments to their threads; rows naming one come back in `inRound` with it, since their
 * observations may carry the secretariat's dispositions.
 */
export function setApartDuplicates<T>(
  placed: readonly PlacedRow[],
  existing: ReadonlyMap<string, T>,
): { fresh: PlacedRow[]; duplicates: number[]; inRound: { row: PlacedRow; match: T }[] } {
  const seen = new Set(existing.keys());
  const fresh: PlacedRow[] = [];
  const duplicates: number[] = [];
  const inRound: { row: PlacedRow; match: T }[] = [];
  for (const row of placed) {
    const key = commentKey({ ...row, agencyId: row.agency.id });
    const match = existing.get(key);
    if (match !== undefined) inRound.push({ row, match });
    if (seen.has(key)) duplicates.push(row.row);
    else {
      seen.add(key);
      fresh.push(row);
    }
  }
  return { fresh, duplicates, inRound };
}

/** Use to plan an import: every data row ends up either placed or unplaced, never dropped. */
export function planImport(
  rows: readonly (readonly string[])[],
  numbering: Numbering,
  findAgency: (cell: string) => CommentAgency | null,
): ImportPlan {
  let headerAt = -1;
  let columns = new Map<Field, number>();
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r += 1) {
    const found = new Map<Field, number>();
    (rows[r] ?? []).forEach((cell, i) => {
      const field = fieldOfHeader(cell);
      if (field && !found.has(field)) found.set(field, i);
    });
    if (found.has('comment') && (found.has('clause') || found.has('provision'))) {
      headerAt = r;
      columns = found;
      break;
    }
  }
  if (headerAt < 0)
    return {
      ok: false,
      message:
        'No header row found: the table needs at least the columns "Clause/Subclause" (or "Provision") and "Comments".',
    };

  // In ISO's own template that column is "Line number": the line of the draft (12, 240), not
  // a provision. A plain number there is ignored and the row is placed by its clause; a
  // provision number such as 4.2.1 (what Accord's export writes) still places it.
  const provisionHeader = rows[headerAt]?.[columns.get('provision') ?? -1] ?? '';
  const lineNumbers =
    fieldOfHeader(provisionHeader) === 'provision' && /line/i.test(provisionHeader);

  const placed: PlacedRow[] = [];
  const unplaced: UnplacedRow[] = [];
  for (let r = headerAt + 1; r < rows.length; r += 1) {
    const cells = rows[r] ?? [];
    const get = (f: Field) => {
      const i = columns.get(f);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    if (cells.every((c) => c.trim() === '')) continue;
    const clause = get('clause');
    const given = get('provision');
    const provision = lineNumbers && /^\d+$/.test(given) ? '' : given;
    const fail = (reason: string) => unplaced.push({ row: r + 1, reason, clause, provision });
    const body = get('comment');
    const proposed = get('proposedChange');
    if (body === '') {
      fail('The comment is empty.');
      continue;
    }
    if (body.length > MAX_TEXT || proposed.length > MAX_TEXT) {
      fail(`The comment or proposed change is longer than ${MAX_TEXT} characters.`);
      continue;
    }
    if (hasUnwantedInText(body) || hasUnwantedInText(proposed)) {
      fail('The comment or proposed change contains a control character (such as NUL).');
      continue;
    }
    const type = parseCommentType(get('type'));
    if (!type) {
      fail(`Unknown type of comment "${get('type')}" (use ge, te or ed).`);
      continue;
    }
    const agencyCell = get('agency');
    const agency = agencyCell === '' ? null : findAgency(agencyCell);
    if (!agency) {
      fail(agencyCell === '' ? 'No agency.' : `Unknown agency "${agencyCell}".`);
      continue;
    }
    const place = placeRow(numbering, clause, provision, get('paragraph'));
    if ('reason' in place) {
      fail(place.reason);
      continue;
    }
    placed.push({
      row: r + 1,
      targetId: place.id,
      targetKind: place.kind,
      agency,
      type,
      body,
      proposedChange: proposed === '' ? null : proposed,
      observation: parseObservation(get('observations').slice(0, MAX_TEXT)),
    });
  }
  return { ok: true, placed, unplaced };
}

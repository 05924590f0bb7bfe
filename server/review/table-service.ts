/** Export a round as the comment table (CSV, XLSX) and import offline comment tables into it. */
import { findAgencyByCode, listAgencies } from '../accounts/agencies.ts';
import { audit } from '../accounts/audit.ts';
import { rowCells, sortForExport, tableHeaders, tableRow } from './comment-table.ts';
import { parseCsv, toCsv } from './csv.ts';
import { announce, fail, loadDraft, type Failure, type Outcome, type ReviewDeps } from './deps.ts';
import {
  commentKey,
  planImport,
  setApartDuplicates,
  type PlacedRow,
  type UnplacedRow,
} from './import-plan.ts';
import { getRound } from './rounds-db.ts';
import { checkDisposition, MAX_TEXT, mayComment, mayDispose, mayManageRounds } from './rules.ts';
import {
  insertDisposition,
  insertThread,
  loadThreads,
  type CommentAgency,
  type DispositionRecord,
  type ThreadRecord,
} from './threads-db.ts';
import { viewsOf, visibleTo, type Actor } from './threads-service.ts';
import { placeOf } from './draft.ts';
import { readXlsx, toXlsx } from './xlsx.ts';

const OBSERVATION_NOT_READ =
  'The observation was not recorded as a disposition: start it with Accepted, Accepted in part, Rejected or Noted (then a colon and the reason).';

/** The most rows an imported table may have (blank lines and a title block included). */
export const MAX_IMPORT_ROWS = 5_000;
/** The most columns: the ISO template has eight, an exported table about twenty. */
export const MAX_IMPORT_COLUMNS = 100;
/**
 * The longest cell read from a CSV: a comment may have MAX_TEXT characters; a little longer
 * is still read so the row is reported as too long rather than the whole file refused.
 */
export const MAX_IMPORT_CELL = 4 * MAX_TEXT;

/** A file to send back. */
export interface ExportFile {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

function fileBase(slug: string, roundName: string): string {
  const name = roundName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}-comments${name ? `-${name}` : ''}`;
}

/** Use for GET /rounds/:id/export: the threads the caller can see, numbered as the draft is now. */
export async function exportRound(
  deps: ReviewDeps,
  actor: Actor,
  roundId: string,
  format: 'csv' | 'xlsx',
): Promise<Outcome<{ file: ExportFile }>> {
  const round = getRound(deps.db, actor.standard.id, roundId);
  if (!round) return fail(404, 'Not Found', 'No such consultation round on this standard.');
  const draft = loadDraft(deps, actor.standard);
  const views = visibleTo(
    deps,
    actor,
    viewsOf(deps, loadThreads(deps.db, actor.standard.id, { roundId }), draft),
  );
  const sorted = sortForExport(views, (id) => draft.numbering.byId.get(id)?.index);
  const rows = [tableHeaders(), ...sorted.map((v) => rowCells(tableRow(v)))];
  const base = fileBase(actor.standard.slug, round.name);
  if (format === 'csv') {
    return {
      ok: true,
      file: {
        filename: `${base}.csv`,
        contentType: 'text/csv; charset=utf-8',
        bytes: new TextEncoder().encode(toCsv(rows)),
      },
    };
  }
  return {
    ok: true,
    file: {
      filename: `${base}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes: await toXlsx(rows, `${actor.standard.title} — ${round.name}`),
    },
  };
}

/** What an import did, row by row: nothing is dropped without a line here. */
export interface ImportReport {
  imported: number;
  threadIds: string[];
  unplaced: UnplacedRow[];
  /** Rows (1-based) whose comment was already in the round, or earlier in the file: skipped. */
  duplicates: number[];
  /** Rows whose "Observations of the secretariat" were recorded as a disposition. */
  dispositions: number[];
  /** Rows whose observations could not be recorded as a disposition, and why. */
  dispositionProblems: { row: number; reason: string }[];
  /** False when unplaced rows stopped the import (nothing was written). */
  applied: boolean;
}

/** The outcome of an import; a 422 refusal carries the report of unplaced rows. */
export type ImportOutcome =
  { ok: true; report: ImportReport } | (Failure & { report?: ImportReport });

/** Match an agency cell by code, then by name (any case). */
function agencyFinder(deps: ReviewDeps): (cell: string) => CommentAgency | null {
  const all = listAgencies(deps.db);
  return (cell) => {
    const byCode = findAgencyByCode(deps.db, cell.trim());
    const agency = byCode ?? all.find((a) => a.name.toLowerCase() === cell.trim().toLowerCase());
    return agency ? { id: agency.id, code: agency.code, name: agency.name } : null;
  };
}

/**
 * Use for POST /rounds/:id/import (editors, open round). All or nothing by default: when a
 * row cannot be placed nothing is written and the report says why (422); with
 * `skipUnplaced` the placeable rows are imported and the rest reported.
 */
export async function importIntoRound(
  deps: ReviewDeps,
  actor: Actor,
  roundId: string,
  file: { format: 'csv' | 'xlsx'; bytes: Uint8Array },
  skipUnplaced: boolean,
  ip: string,
): Promise<ImportOutcome> {
  const allowed = mayManageRounds(actor.role);
  if (!allowed.ok) return allowed;
  const round = getRound(deps.db, actor.standard.id, roundId);
  if (!round) return fail(404, 'Not Found', 'No such consultation round on this standard.');
  const open = mayComment(
    actor.role,
    { closesAt: round.closesAtMs, closedAt: round.closedAtMs },
    Date.now(),
  );
  if (!open.ok) return open;

  let rows: string[][];
  if (file.format === 'csv') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
    } catch {
      return fail(
        400,
        'Bad Request',
        'The CSV file is not UTF-8 text. In Excel, save it as "CSV UTF-8 (comma delimited)", or upload the XLSX file.',
      );
    }
    // Stops at the first limit passed: a file of ten million empty lines costs 5,001 rows.
    const parsed = parseCsv(text, {
      maxRows: MAX_IMPORT_ROWS,
      maxColumns: MAX_IMPORT_COLUMNS,
      maxCellLength: MAX_IMPORT_CELL,
    });
    if (!parsed.ok) return fail(400, 'Bad Request', parsed.message);
    rows = parsed.rows;
  } else {
    const read = await readXlsx(file.bytes, MAX_IMPORT_ROWS, { maxColumns: MAX_IMPORT_COLUMNS });
    if (!read.ok)
      return read.status === 503
        ? fail(503, 'Service Unavailable', read.message)
        : fail(400, 'Bad Request', read.message);
    rows = read.rows;
  }

  const draft = loadDraft(deps, actor.standard);
  const plan = planImport(rows, draft.numbering, agencyFinder(deps));
  if (!plan.ok) return fail(400, 'Bad Request', plan.message);
  if (plan.unplaced.length > 0 && !skipUnplaced) {
    return {
      ...fail(
        422,
        'Rows Not Placed',
        `${plan.unplaced.length} row(s) could not be placed; nothing was imported. Fix them, or import the others (skipUnplaced=1; in the editor: "Import the rows that can be placed").`,
      ),
      report: {
        imported: 0,
        threadIds: [],
        unplaced: plan.unplaced,
        duplicates: [],
        dispositions: [],
        dispositionProblems: [],
        applied: false,
      },
    };
  }
  const now = Date.now();
  const mayRecord = mayDispose(actor.role).ok;
  const { threadIds, duplicates, dispositions, dispositionProblems } = deps.db.transaction(() => {
    // Read inside the transaction: two imports of one file at once cannot both add it.
    const byKey = new Map<string, ThreadRecord>();
    for (const thread of loadThreads(deps.db, actor.standard.id, { roundId })) {
      const first = thread.comments[0];
      if (first)
        byKey.set(
          commentKey({
            targetId: thread.targetId,
            agencyId: first.agency?.id ?? null,
            type: first.type,
            body: first.body,
            proposedChange: first.proposedChange,
          }),
          thread,
        );
    }
    const split = setApartDuplicates(plan.placed, byKey);
    const recorded: number[] = [];
    const problems: { row: number; reason: string }[] = [];
    // The secretariat's observation on a row, as a disposition of its thread.
    const record = (row: PlacedRow, threadId: string, current: DispositionRecord | null) => {
      const cell = row.observation;
      if (cell.kind === 'none') return;
      if (cell.kind === 'unrecognised')
        return problems.push({ row: row.row, reason: OBSERVATION_NOT_READ });
      if (current?.value === cell.value && current.observation === cell.observation) return;
      const valid = checkDisposition(cell.value, cell.observation);
      if (!valid.ok) return problems.push({ row: row.row, reason: valid.detail });
      if (!mayRecord)
        return problems.push({ row: row.row, reason: 'Only editors may record dispositions.' });
      insertDisposition(deps.db, threadId, {
        value: cell.value,
        observation: cell.observation,
        decidedBy: actor.caller.user.id,
      });
      recorded.push(row.row);
    };
    for (const { row, match } of split.inRound)
      record(row, match.id, match.dispositions.at(-1) ?? null);
    const ids = split.fresh.map((row) => {
      const place = placeOf(draft.numbering, row.targetId);
      const id = insertThread(
        deps.db,
        {
          standardId: actor.standard.id,
          roundId,
          targetKind: row.targetKind,
          targetId: row.targetId,
          anchorStart: null,
          anchorEnd: null,
          quote: null,
          clauseId: place?.clauseId ?? null,
          clauseNumber: place?.clauseNumber ?? null,
          provisionNumber: place?.provisionNumber ?? null,
          createdBy: actor.caller.user.id,
        },
        {
          authorId: actor.caller.user.id,
          agency: row.agency,
          type: row.type,
          body: row.body,
          proposedChange: row.proposedChange,
          source: 'import',
        },
        now,
      );
      record(row, id, null);
      return id;
    });
    audit(deps.db, {
      action: 'review.import',
      actorId: actor.caller.user.id,
      ip,
      standardId: actor.standard.id,
      detail: {
        roundId,
        format: file.format,
        imported: ids.length,
        unplaced: plan.unplaced.length,
        duplicates: split.duplicates.length,
        dispositions: recorded.length,
      },
    });
    return {
      threadIds: ids,
      duplicates: split.duplicates,
      dispositions: recorded,
      dispositionProblems: problems,
    };
  })();
  if (threadIds.length > 0 || dispositions.length > 0)
    announce(deps, actor.standard, 'threads.imported', { roundId });
  return {
    ok: true,
    report: {
      imported: threadIds.length,
      threadIds,
      unplaced: plan.unplaced,
      duplicates,
      dispositions,
      dispositionProblems,
      applied: true,
    },
  };
}

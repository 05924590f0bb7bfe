/**
 * Database access for releases (table from migration 004). Rows are inserted once and
 * only their status fields are updated afterwards; the triggers refuse anything else.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/open.ts';
import type { ReleaseStatus } from './lifecycle.ts';

/** An agency of the working group, as frozen into the release. */
export interface ReleaseAgency {
  code: string;
  name: string;
  kind: string;
}

/** Someone who approved a release, as frozen at approval (survives renames). */
export interface ReleaseApprover {
  name: string;
  agency: string;
}

/** A release's metadata (everything except its content). Times are epoch milliseconds. */
export interface ReleaseRecord {
  id: string;
  standardId: string;
  slug: string;
  version: string;
  title: string;
  language: string;
  summary: string;
  changeNote: string;
  effectiveDate: string;
  agencies: ReleaseAgency[];
  contentHash: string;
  status: ReleaseStatus;
  createdAt: number;
  createdBy: string | null;
  approvedAt: number | null;
  approvedBy: string | null;
  approvers: ReleaseApprover[];
  publishedAt: number | null;
  publishedBy: string | null;
  previousVersion: string | null;
  supersededBy: string | null;
  supersededAt: number | null;
  withdrawnAt: number | null;
  withdrawnBy: string | null;
  withdrawnReason: string | null;
}

/** What is frozen at creation: the record plus the text as model JSON and Yjs state. */
export interface NewReleaseRow extends ReleaseRecord {
  major: number;
  minor: number;
  /** The model's canonical JSON string (the hash is of exactly these characters). */
  modelJson: string;
  ydocState: Uint8Array;
}

/** Fields filled later in a release's life (approval, publication, supersession, withdrawal). */
const LATER_FIELDS = {
  approvedAt: null,
  approvedBy: null,
  approvers: [],
  publishedAt: null,
  publishedBy: null,
  previousVersion: null,
  supersededBy: null,
  supersededAt: null,
  withdrawnAt: null,
  withdrawnBy: null,
  withdrawnReason: null,
} satisfies Partial<NewReleaseRow>;
type LaterField = keyof typeof LATER_FIELDS;

/** What the standard, the version and the frozen text give every new row. */
type Derived =
  | 'id'
  | 'standardId'
  | 'slug'
  | 'language'
  | 'version'
  | 'major'
  | 'minor'
  | 'title'
  | 'contentHash'
  | 'modelJson'
  | 'ydocState';

/**
 * Use to build a row for insertReleaseRow: a fresh id, the standard's identity, the version,
 * the frozen text, the title (the standard's unless given), and lifecycle fields not given
 * left empty.
 */
export function newReleaseRow(
  standard: { id: string; slug: string; title: string; language: string },
  version: { label: string; major: number; minor: number },
  frozen: { contentHash: string; modelJson: string; ydocState: Uint8Array },
  fields: Omit<NewReleaseRow, Derived | LaterField> &
    Partial<Pick<NewReleaseRow, LaterField>> & { title?: string | undefined },
): NewReleaseRow {
  return {
    ...LATER_FIELDS,
    ...fields,
    id: randomUUID(),
    standardId: standard.id,
    slug: standard.slug,
    language: standard.language,
    version: version.label,
    major: version.major,
    minor: version.minor,
    title: (fields.title ?? standard.title).trim(),
    contentHash: frozen.contentHash,
    modelJson: frozen.modelJson,
    ydocState: frozen.ydocState,
  };
}

interface Row {
  id: string;
  standard_id: string;
  slug: string;
  version: string;
  title: string;
  language: string;
  summary: string;
  change_note: string;
  effective_date: string;
  agencies: string;
  content_hash: string;
  status: ReleaseStatus;
  created_at: number;
  created_by: string | null;
  approved_at: number | null;
  approved_by: string | null;
  approved_by_names: string | null;
  published_at: number | null;
  published_by: string | null;
  previous_version: string | null;
  superseded_by: string | null;
  superseded_at: number | null;
  withdrawn_at: number | null;
  withdrawn_by: string | null;
  withdrawn_reason: string | null;
}

const META_COLUMNS = `id, standard_id, slug, version, title, language, summary, change_note,
  effective_date, agencies, content_hash, status, created_at, created_by, approved_at, approved_by,
  approved_by_names, published_at, published_by, previous_version, superseded_by, superseded_at,
  withdrawn_at, withdrawn_by, withdrawn_reason`;

const toRecord = (r: Row): ReleaseRecord => ({
  id: r.id,
  standardId: r.standard_id,
  slug: r.slug,
  version: r.version,
  title: r.title,
  language: r.language,
  summary: r.summary,
  changeNote: r.change_note,
  effectiveDate: r.effective_date,
  agencies: JSON.parse(r.agencies) as ReleaseAgency[],
  contentHash: r.content_hash,
  status: r.status,
  createdAt: r.created_at,
  createdBy: r.created_by,
  approvedAt: r.approved_at,
  approvedBy: r.approved_by,
  approvers: r.approved_by_names ? (JSON.parse(r.approved_by_names) as ReleaseApprover[]) : [],
  publishedAt: r.published_at,
  publishedBy: r.published_by,
  previousVersion: r.previous_version,
  supersededBy: r.superseded_by,
  supersededAt: r.superseded_at,
  withdrawnAt: r.withdrawn_at,
  withdrawnBy: r.withdrawn_by,
  withdrawnReason: r.withdrawn_reason,
});

/** Every release of a standard, oldest version first. */
export function listReleaseRows(db: Db, standardId: string): ReleaseRecord[] {
  const rows = db
    .prepare(`SELECT ${META_COLUMNS} FROM releases WHERE standard_id = ? ORDER BY major, minor`)
    .all(standardId) as Row[];
  return rows.map(toRecord);
}

/** One release of a standard by its version label, or null. */
export function findReleaseRow(db: Db, standardId: string, version: string): ReleaseRecord | null {
  const row = db
    .prepare(`SELECT ${META_COLUMNS} FROM releases WHERE standard_id = ? AND version = ?`)
    .get(standardId, version) as Row | undefined;
  return row ? toRecord(row) : null;
}

/** The frozen text of a release: canonical model JSON and the Yjs state of that moment. */
export function readReleaseContent(
  db: Db,
  releaseId: string,
): { modelJson: string; ydocState: Uint8Array } | null {
  const row = db
    .prepare('SELECT model_json, ydoc_state FROM releases WHERE id = ?')
    .get(releaseId) as { model_json: string; ydoc_state: Buffer } | undefined;
  return row ? { modelJson: row.model_json, ydocState: new Uint8Array(row.ydoc_state) } : null;
}

/** Insert a release once; the version must be new for its standard (UNIQUE constraint). */
export function insertReleaseRow(db: Db, r: NewReleaseRow): void {
  db.prepare(
    `INSERT INTO releases (id, standard_id, version, major, minor, slug, title, language, summary,
       change_note, effective_date, agencies, model_json, ydoc_state, content_hash, created_at,
       created_by, status, approved_at, approved_by, approved_by_names, published_at, published_by,
       previous_version, superseded_by, superseded_at, withdrawn_at, withdrawn_by, withdrawn_reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    r.id,
    r.standardId,
    r.version,
    r.major,
    r.minor,
    r.slug,
    r.title,
    r.language,
    r.summary,
    r.changeNote,
    r.effectiveDate,
    JSON.stringify(r.agencies),
    r.modelJson,
    Buffer.from(r.ydocState),
    r.contentHash,
    r.createdAt,
    r.createdBy,
    r.status,
    r.approvedAt,
    r.approvedBy,
    r.approvers.length > 0 ? JSON.stringify(r.approvers) : null,
    r.publishedAt,
    r.publishedBy,
    r.previousVersion,
    r.supersededBy,
    r.supersededAt,
    r.withdrawnAt,
    r.withdrawnBy,
    r.withdrawnReason,
  );
}

/** Record approval: status approved plus who and when. */
export function markApproved(
  db: Db,
  id: string,
  fact: { at: number; by: string; approvers: ReleaseApprover[] },
): void {
  db.prepare(
    `UPDATE releases SET status = 'approved', approved_at = ?, approved_by = ?, approved_by_names = ? WHERE id = ?`,
  ).run(fact.at, fact.by, JSON.stringify(fact.approvers), id);
}

/** Record publication, with the version it follows. */
export function markPublished(
  db: Db,
  id: string,
  fact: { at: number; by: string | null; previousVersion: string | null },
): void {
  db.prepare(
    `UPDATE releases SET status = 'published', published_at = ?, published_by = ?, previous_version = ? WHERE id = ?`,
  ).run(fact.at, fact.by, fact.previousVersion, id);
}

/** Record that a later version replaced this published one. */
export function markSuperseded(db: Db, id: string, fact: { at: number; by: string }): void {
  db.prepare(
    `UPDATE releases SET status = 'superseded', superseded_at = ?, superseded_by = ? WHERE id = ?`,
  ).run(fact.at, fact.by, id);
}

/** Record a withdrawal with its reason. */
export function markWithdrawn(
  db: Db,
  id: string,
  fact: { at: number; by: string | null; reason: string },
): void {
  db.prepare(
    `UPDATE releases SET status = 'withdrawn', withdrawn_at = ?, withdrawn_by = ?, withdrawn_reason = ? WHERE id = ?`,
  ).run(fact.at, fact.by, fact.reason, id);
}

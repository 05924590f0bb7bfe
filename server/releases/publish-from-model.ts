/**
 * Publishing a release straight from model JSON, without a draft or a candidate: used by
 * the demo seeder (which ships v1.0 as release files plus database rows) and by imports.
 */
import { audit } from '../accounts/audit.ts';
import type { Standard } from '../accounts/standards.ts';
import { parseModel, type ModelDoc } from '../../model/index.ts';
import { fail, type ReleaseDeps, type ReleaseFailure } from './deps.ts';
import { freezeModel } from './freeze.ts';
import { checkNewVersion, isIsoDate } from './lifecycle.ts';
import {
  findReleaseRow,
  insertReleaseRow,
  listReleaseRows,
  newReleaseRow,
  type ReleaseAgency,
  type ReleaseApprover,
  type ReleaseRecord,
} from './release-rows.ts';
import { afterFilesChange, recordPublication } from './transitions.ts';
import { workingGroupAgencies } from './working-group.ts';

export interface PublishModelInput {
  model: ModelDoc;
  version: string;
  /** Defaults to the standard's title. */
  title?: string;
  summary: string;
  changeNote: string;
  effectiveDate: string;
  /** Who approved it, as shown in release.json. */
  approvers: ReleaseApprover[];
  /** Defaults to the working group's agencies now. */
  agencies?: ReleaseAgency[];
  /** Epoch milliseconds; default now. Fixed times give byte-identical files on every run. */
  approvedAt?: number;
  publishedAt?: number;
  /** The acting user (audit), or null for the seeder. */
  actorId?: string | null;
}

/**
 * Publish `input.model` as a new version of `standard` in one step: insert the release
 * (already approved and published), supersede the version in force, write its files.
 */
export function publishModelRelease(
  deps: ReleaseDeps,
  standard: Standard,
  input: PublishModelInput,
): { ok: true; release: ReleaseRecord } | ReleaseFailure {
  const parsed = parseModel(input.model);
  if (!parsed.ok) return fail(400, `The model is not a valid document: ${parsed.error}`, 'model');
  if (!isIsoDate(input.effectiveDate))
    return fail(
      400,
      'The effective date must be a calendar date written YYYY-MM-DD.',
      'effectiveDate',
    );
  if (input.changeNote.trim() === '') return fail(400, 'A change note is required.', 'changeNote');
  const frozen = freezeModel(parsed.doc);
  const { db } = deps;
  const now = Date.now();
  const approvedAt = input.approvedAt ?? now;
  const publishedAt = input.publishedAt ?? approvedAt;
  const actorId = input.actorId ?? null;

  const outcome = db.transaction((): { ok: true; release: ReleaseRecord } | ReleaseFailure => {
    const existing = listReleaseRows(db, standard.id);
    const version = checkNewVersion(
      input.version,
      existing.map((r) => r.version),
    );
    if (!version.ok) return fail(400, version.reason, 'version');
    const row = newReleaseRow(standard, { label: input.version, ...version.version }, frozen, {
      title: input.title,
      summary: input.summary.trim(),
      changeNote: input.changeNote.trim(),
      effectiveDate: input.effectiveDate,
      agencies: input.agencies ?? workingGroupAgencies(db, standard.id),
      // Inserted as approved, then published through the same path as every release.
      status: 'approved',
      createdAt: approvedAt,
      createdBy: actorId,
      approvedAt,
      approvedBy: actorId,
      approvers: input.approvers,
    });
    insertReleaseRow(db, row);
    const inserted = findReleaseRow(db, standard.id, input.version);
    if (!inserted) throw new Error('release vanished after insert');
    audit(db, {
      action: 'release.import',
      actorId,
      standardId: standard.id,
      detail: { releaseId: row.id, version: input.version, contentHash: frozen.contentHash },
    });
    const failure = recordPublication(
      deps,
      standard,
      inserted,
      actorId ? { id: actorId } : null,
      publishedAt,
    );
    if (failure) throw new PublishAbort(failure);
    const release = findReleaseRow(db, standard.id, input.version);
    if (!release) throw new Error('release vanished after publish');
    return { ok: true, release };
  });

  let result: { ok: true; release: ReleaseRecord } | ReleaseFailure;
  try {
    result = outcome();
  } catch (err) {
    // Roll the insert back when publication is refused (a later version already published).
    if (err instanceof PublishAbort) return err.failure;
    throw err;
  }
  if (result.ok) afterFilesChange(deps, standard);
  return result;
}

class PublishAbort extends Error {
  constructor(readonly failure: ReleaseFailure) {
    super(failure.detail);
  }
}

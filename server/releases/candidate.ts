/**
 * Creating a release candidate: the draft's text is frozen (model JSON, Yjs state, hash)
 * with its metadata; from then on only its status can change.
 */
import { validateDocument } from '../../model/index.ts';
import { localDay } from '../../model/release-standing.ts';
import { audit } from '../accounts/audit.ts';
import type { Standard } from '../accounts/standards.ts';
import { fail, type ReleaseDeps, type ReleaseFailure } from './deps.ts';
import { freezeDraft } from './freeze.ts';
import { checkNewVersion, isIsoDate } from './lifecycle.ts';
import {
  findReleaseRow,
  insertReleaseRow,
  listReleaseRows,
  newReleaseRow,
  type ReleaseRecord,
} from './release-rows.ts';
import { workingGroupAgencies } from './working-group.ts';

export interface CandidateInput {
  version: string;
  /** Defaults to the standard's title. */
  title?: string | undefined;
  /** What the standard covers; defaults to the previous release's summary. */
  summary?: string | undefined;
  changeNote: string;
  effectiveDate: string;
}

/** Freeze the draft of `standard` as a new candidate release; the caller is allowed to. */
export function createCandidate(
  deps: ReleaseDeps,
  standard: Standard,
  actor: { id: string; ip?: string | null },
  input: CandidateInput,
): { ok: true; release: ReleaseRecord } | ReleaseFailure {
  const { db } = deps;
  const changeNote = input.changeNote.trim();
  if (changeNote === '') return fail(400, 'A change note is required.', 'changeNote');
  if (!isIsoDate(input.effectiveDate))
    return fail(
      400,
      'The effective date must be a calendar date written YYYY-MM-DD.',
      'effectiveDate',
    );

  // Check, freeze and insert in one transaction: two candidates cannot take one version.
  return db.transaction((): { ok: true; release: ReleaseRecord } | ReleaseFailure => {
    const existing = listReleaseRows(db, standard.id);
    const version = checkNewVersion(
      input.version,
      existing.map((r) => r.version),
    );
    if (!version.ok) return fail(400, version.reason, 'version');
    // A version cannot take effect before one already published does (a typo like 1999).
    const published = existing.filter((r) => r.publishedAt !== null && r.status !== 'withdrawn');
    const latest = published.reduce<ReleaseRecord | null>(
      (a, r) => (a === null || r.effectiveDate > a.effectiveDate ? r : a),
      null,
    );
    if (latest && input.effectiveDate < latest.effectiveDate) {
      const when = latest.effectiveDate <= localDay() ? 'took' : 'takes';
      return fail(
        400,
        `The effective date cannot be before ${latest.effectiveDate}, when the published version ${latest.version} ${when} effect.`,
        'effectiveDate',
      );
    }
    const summary = (input.summary ?? existing.at(-1)?.summary ?? '').trim();
    if (summary === '')
      return fail(400, 'A summary of what the standard covers is required.', 'summary');

    const frozen = freezeDraft(deps.store, standard.document);
    if (!frozen || frozen.model.content.length === 0)
      return fail(409, 'The draft is empty: there is nothing to release.');
    // Ids anchor permalinks, comments and diffs: a release must not freeze broken ones.
    const errors = validateDocument(frozen.model, { lang: standard.language }).filter(
      (finding) => finding.severity === 'error',
    );
    if (errors.length > 0) {
      return {
        ...fail(
          409,
          `The draft has ${errors.length} problem(s) to fix before it can be frozen (see the checks on the draft).`,
        ),
        // The block's id for programs; the sentence, with the clause's number, for people.
        errors: errors.map((e) => ({
          field: e.nodeId ?? `content.${e.index}`,
          message: e.message,
        })),
      };
    }

    const row = newReleaseRow(standard, { label: input.version, ...version.version }, frozen, {
      title: input.title,
      summary,
      changeNote,
      effectiveDate: input.effectiveDate,
      agencies: workingGroupAgencies(db, standard.id),
      status: 'candidate',
      createdAt: Date.now(),
      createdBy: actor.id,
    });
    insertReleaseRow(db, row);
    audit(db, {
      action: 'release.candidate',
      actorId: actor.id,
      ip: actor.ip ?? null,
      standardId: standard.id,
      detail: { releaseId: row.id, version: input.version, contentHash: frozen.contentHash },
    });
    const release = findReleaseRow(db, standard.id, input.version);
    if (!release) throw new Error('release vanished after insert');
    return { ok: true, release };
  })();
}

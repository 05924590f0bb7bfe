/**
 * Moving a release along its lifecycle: approve, publish (superseding the version in
 * force), withdraw. Each change is one transaction with its audit entry; release files
 * are rewritten after the commit.
 */
import { audit } from '../accounts/audit.ts';
import type { Standard } from '../accounts/standards.ts';
import { fail, type ReleaseDeps, type ReleaseFailure } from './deps.ts';
import { compareVersions, transition, type ReleaseAction } from './lifecycle.ts';
import {
  findReleaseRow,
  listReleaseRows,
  markApproved,
  markPublished,
  markSuperseded,
  markWithdrawn,
  type ReleaseRecord,
} from './release-rows.ts';
import { syncReleaseFiles } from './sync-files.ts';
import { approverOf } from './working-group.ts';

export type TransitionOutcome = { ok: true; release: ReleaseRecord } | ReleaseFailure;

interface Actor {
  id: string;
  ip?: string | null;
}

function load(
  deps: ReleaseDeps,
  standard: Standard,
  version: string,
  action: ReleaseAction,
): { ok: true; release: ReleaseRecord } | ReleaseFailure {
  const release = findReleaseRow(deps.db, standard.id, version);
  if (!release) return fail(404, `No release ${version} of this standard.`);
  const next = transition(release.status, action);
  if (!next.ok) return fail(409, next.reason);
  return { ok: true, release };
}

function reload(deps: ReleaseDeps, release: ReleaseRecord): ReleaseRecord {
  const fresh = findReleaseRow(deps.db, release.standardId, release.version);
  if (!fresh) throw new Error('release vanished');
  return fresh;
}

/** Write the standard's release files, then tell the site; failures are logged, never thrown. */
export function afterFilesChange(deps: ReleaseDeps, standard: Standard): void {
  try {
    const changed = syncReleaseFiles(deps.db, deps.standardsDir, standard.id);
    deps.logger.info({ standardId: standard.id, versions: changed }, 'release files written');
  } catch (err) {
    deps.logger.error({ err, standardId: standard.id }, 'writing release files failed');
  }
  try {
    deps.onFilesChanged?.(standard.slug);
  } catch (err) {
    deps.logger.error({ err, standardId: standard.id }, 'release files listener failed');
  }
}

/** Approve a candidate (admins). */
export function approveRelease(
  deps: ReleaseDeps,
  standard: Standard,
  version: string,
  actor: Actor,
): TransitionOutcome {
  const { db } = deps;
  return db.transaction((): TransitionOutcome => {
    const found = load(deps, standard, version, 'approve');
    if (!found.ok) return found;
    markApproved(db, found.release.id, {
      at: Date.now(),
      by: actor.id,
      approvers: [approverOf(db, actor.id)],
    });
    audit(db, {
      action: 'release.approve',
      actorId: actor.id,
      ip: actor.ip ?? null,
      standardId: standard.id,
      detail: { releaseId: found.release.id, version },
    });
    return { ok: true, release: reload(deps, found.release) };
  })();
}

/**
 * Record publication inside the caller's transaction: supersede the version in force
 * and link to the previous published version. Shared with publishing from model JSON.
 */
export function recordPublication(
  deps: ReleaseDeps,
  standard: Standard,
  release: ReleaseRecord,
  actor: Actor | null,
  at: number,
): ReleaseFailure | null {
  const { db } = deps;
  const others = listReleaseRows(db, standard.id).filter((r) => r.id !== release.id);
  const published = others.filter((r) => r.publishedAt !== null);
  const later = published.find((r) => compareVersions(r.version, release.version) > 0);
  if (later)
    return fail(
      409,
      `Version ${later.version} was already published; ${release.version} cannot follow it.`,
    );
  const previous = published.at(-1)?.version ?? null;
  markPublished(db, release.id, { at, by: actor?.id ?? null, previousVersion: previous });
  for (const current of others.filter((r) => r.status === 'published')) {
    markSuperseded(db, current.id, { at, by: release.version });
    audit(db, {
      action: 'release.supersede',
      actorId: actor?.id ?? null,
      ip: actor?.ip ?? null,
      standardId: standard.id,
      detail: { releaseId: current.id, version: current.version, supersededBy: release.version },
    });
  }
  audit(db, {
    action: 'release.publish',
    actorId: actor?.id ?? null,
    ip: actor?.ip ?? null,
    standardId: standard.id,
    detail: { releaseId: release.id, version: release.version, contentHash: release.contentHash },
  });
  return null;
}

/** Publish an approved release (admins); the published one before it becomes superseded. */
export function publishRelease(
  deps: ReleaseDeps,
  standard: Standard,
  version: string,
  actor: Actor,
): TransitionOutcome {
  const outcome = deps.db.transaction((): TransitionOutcome => {
    const found = load(deps, standard, version, 'publish');
    if (!found.ok) return found;
    const failure = recordPublication(deps, standard, found.release, actor, Date.now());
    if (failure) return failure;
    return { ok: true, release: reload(deps, found.release) };
  })();
  if (outcome.ok) afterFilesChange(deps, standard);
  return outcome;
}

/** Withdraw a release with a public reason (admins); it stays readable, marked withdrawn. */
export function withdrawRelease(
  deps: ReleaseDeps,
  standard: Standard,
  version: string,
  actor: Actor,
  reason: string,
): TransitionOutcome {
  const text = reason.trim();
  if (text === '') return fail(400, 'A reason for the withdrawal is required.', 'reason');
  const outcome = deps.db.transaction((): TransitionOutcome => {
    const found = load(deps, standard, version, 'withdraw');
    if (!found.ok) return found;
    markWithdrawn(deps.db, found.release.id, { at: Date.now(), by: actor.id, reason: text });
    audit(deps.db, {
      action: 'release.withdraw',
      actorId: actor.id,
      ip: actor.ip ?? null,
      standardId: standard.id,
      detail: { releaseId: found.release.id, version, from: found.release.status },
    });
    return { ok: true, release: reload(deps, found.release) };
  })();
  if (outcome.ok && outcome.release.publishedAt !== null) afterFilesChange(deps, standard);
  return outcome;
}

/**
 * The release API under /api/standards/{slug}/releases and /api/standards/{slug}/diff.
 * Editors create candidates; admins approve, publish and withdraw; every member reads.
 * Frozen releases are never edited: any attempt gets 409.
 */
import type { Context, Hono } from 'hono';
import { audit } from '../accounts/audit.ts';
import type { ApiEnv } from '../http/middleware/api-env.ts';
import { requireStandardRole } from '../http/middleware/require.ts';
import { parseBody, parseInput } from '../http/middleware/validate.ts';
import { problem } from '../http/problem.ts';
import { SlugParams } from '../http/routes/schemas.ts';
import { createCandidate } from './candidate.ts';
import type { ReleaseDeps, ReleaseFailure } from './deps.ts';
import { diffBetween } from './diff.ts';
import { findingsToReview } from './findings.ts';
import { freezeDraft } from './freeze.ts';
import { RELEASE_PERMISSION } from './lifecycle.ts';
import {
  findReleaseRow,
  listReleaseRows,
  readReleaseContent,
  type ReleaseRecord,
} from './release-rows.ts';
import { replaceDraftContent } from './restore-draft.ts';
import { DiffQuery, NewCandidate, ReleaseParams, Withdrawal, releaseView } from './schemas.ts';
import { standingsAt } from './standing-today.ts';
import { approveRelease, publishRelease, withdrawRelease } from './transitions.ts';
import type { ModelDoc } from '../../model/index.ts';

function failure(c: Context, f: ReleaseFailure): Response {
  return problem(c, f.status, f.title, f.detail, f.errors ? { errors: f.errors } : {});
}

const frozen = (c: Context, version: string) =>
  problem(c, 409, 'Conflict', `Release ${version} is frozen: it can never be edited or deleted.`);

/** Mount the release routes on the API app (see server/http/routes/index.ts `extra.routes`). */
export function releaseRoutes(deps: ReleaseDeps): (app: Hono<ApiEnv>) => void {
  const { db } = deps;
  // Each release with its standing today, which depends on the standard's other releases.
  const view = (standardId: string, release: ReleaseRecord) =>
    releaseView(release, standingsAt(listReleaseRows(db, standardId), Date.now())(release.version));
  // A release and its frozen text, for a member of its standard (400, 401/403/404 otherwise).
  const frozenRelease = (
    c: Context<ApiEnv>,
  ): { ok: true; release: ReleaseRecord; model: ModelDoc } | { ok: false; response: Response } => {
    const params = parseInput(c, ReleaseParams, c.req.param());
    if (!params.ok) return params;
    const access = requireStandardRole(c, db, params.data.slug, RELEASE_PERMISSION.read);
    if (!access.ok) return access;
    const release = findReleaseRow(db, access.standard.id, params.data.version);
    const content = release ? readReleaseContent(db, release.id) : null;
    if (!release || !content)
      return {
        ok: false,
        response: problem(c, 404, 'Not Found', `No release ${params.data.version}.`),
      };
    return { ok: true, release, model: JSON.parse(content.modelJson) as ModelDoc };
  };
  return (app) => {
    app.get('/standards/:slug/releases', (c) => {
      const params = parseInput(c, SlugParams, c.req.param());
      if (!params.ok) return params.response;
      const access = requireStandardRole(c, db, params.data.slug, RELEASE_PERMISSION.read);
      if (!access.ok) return access.response;
      const releases = listReleaseRows(db, access.standard.id);
      const standingOf = standingsAt(releases, Date.now());
      return c.json({ releases: releases.map((r) => releaseView(r, standingOf(r.version))) });
    });

    app.post('/standards/:slug/releases', async (c) => {
      const params = parseInput(c, SlugParams, c.req.param());
      if (!params.ok) return params.response;
      const access = requireStandardRole(c, db, params.data.slug, RELEASE_PERMISSION.candidate);
      if (!access.ok) return access.response;
      const body = await parseBody(c, NewCandidate);
      if (!body.ok) return body.response;
      const result = createCandidate(
        deps,
        access.standard,
        { id: access.caller.user.id, ip: c.get('ip') },
        body.data,
      );
      if (!result.ok) return failure(c, result);
      return c.json(view(access.standard.id, result.release), 201);
    });

    app.get('/standards/:slug/releases/:version', (c) => {
      const params = parseInput(c, ReleaseParams, c.req.param());
      if (!params.ok) return params.response;
      const access = requireStandardRole(c, db, params.data.slug, RELEASE_PERMISSION.read);
      if (!access.ok) return access.response;
      const release = findReleaseRow(db, access.standard.id, params.data.version);
      if (!release) return problem(c, 404, 'Not Found', `No release ${params.data.version}.`);
      return c.json(view(access.standard.id, release));
    });

    // What the checks say about the draft now, before it is frozen.
    app.get('/standards/:slug/draft/findings', (c) => {
      const params = parseInput(c, SlugParams, c.req.param());
      if (!params.ok) return params.response;
      const access = requireStandardRole(c, db, params.data.slug, RELEASE_PERMISSION.read);
      if (!access.ok) return access.response;
      const frozen = freezeDraft(deps.store, access.standard.document);
      const findings = frozen ? findingsToReview(frozen.model, access.standard.language) : [];
      return c.json({ findings });
    });

    // What the checks say about a frozen release, before it is approved and published.
    app.get('/standards/:slug/releases/:version/findings', (c) => {
      const found = frozenRelease(c);
      if (!found.ok) return found.response;
      return c.json({ findings: findingsToReview(found.model, found.release.language) });
    });

    app.get('/standards/:slug/releases/:version/content', (c) => {
      const found = frozenRelease(c);
      if (!found.ok) return found.response;
      return c.json({
        version: found.release.version,
        contentHash: found.release.contentHash,
        model: found.model,
      });
    });

    const transitionRoute = (
      path: string,
      permission: (typeof RELEASE_PERMISSION)[keyof typeof RELEASE_PERMISSION],
      run: (
        c: Context<ApiEnv>,
        access: Extract<ReturnType<typeof requireStandardRole>, { ok: true }>,
        version: string,
      ) => Promise<Response> | Response,
    ) => {
      app.post(`/standards/:slug/releases/:version/${path}`, (c) => {
        const params = parseInput(c, ReleaseParams, c.req.param());
        if (!params.ok) return params.response;
        const access = requireStandardRole(c, db, params.data.slug, permission);
        if (!access.ok) return access.response;
        return run(c, access, params.data.version);
      });
    };

    transitionRoute('approve', RELEASE_PERMISSION.approve, (c, access, version) => {
      const actor = { id: access.caller.user.id, ip: c.get('ip') };
      const result = approveRelease(deps, access.standard, version, actor);
      return result.ok ? c.json(view(access.standard.id, result.release)) : failure(c, result);
    });

    transitionRoute('publish', RELEASE_PERMISSION.publish, (c, access, version) => {
      const actor = { id: access.caller.user.id, ip: c.get('ip') };
      const result = publishRelease(deps, access.standard, version, actor);
      return result.ok ? c.json(view(access.standard.id, result.release)) : failure(c, result);
    });

    transitionRoute('withdraw', RELEASE_PERMISSION.withdraw, async (c, access, version) => {
      const body = await parseBody(c, Withdrawal);
      if (!body.ok) return body.response;
      const actor = { id: access.caller.user.id, ip: c.get('ip') };
      const result = withdrawRelease(deps, access.standard, version, actor, body.data.reason);
      return result.ok ? c.json(view(access.standard.id, result.release)) : failure(c, result);
    });

    // Start a new draft from this release: the draft becomes its text, history kept.
    transitionRoute('draft', RELEASE_PERMISSION.restoreDraft, (c, access, version) => {
      const release = findReleaseRow(db, access.standard.id, version);
      const content = release ? readReleaseContent(db, release.id) : null;
      if (!release || !content) return problem(c, 404, 'Not Found', `No release ${version}.`);
      const model = JSON.parse(content.modelJson) as ModelDoc;
      const applied = replaceDraftContent(
        deps.store,
        access.standard.document,
        model,
        access.caller.user.id,
      );
      // Co-editors see their text change under them: they are told who did it and why.
      deps.broadcast?.(
        access.standard.document,
        JSON.stringify({ type: 'draft-replaced', version, by: access.caller.user.name }),
      );
      audit(db, {
        action: 'release.restore-draft',
        actorId: access.caller.user.id,
        ip: c.get('ip'),
        standardId: access.standard.id,
        detail: { releaseId: release.id, version, seq: applied.seq },
      });
      return c.json({ version, contentHash: release.contentHash, seq: applied.seq });
    });

    // Frozen: every attempt to change or delete a release or its content is a conflict.
    for (const path of [
      '/standards/:slug/releases/:version',
      '/standards/:slug/releases/:version/content',
    ]) {
      app.on(['PUT', 'PATCH', 'DELETE'], path, (c) => {
        const params = parseInput(c, ReleaseParams, c.req.param());
        if (!params.ok) return params.response;
        const access = requireStandardRole(c, db, params.data.slug, RELEASE_PERMISSION.candidate);
        if (!access.ok) return access.response;
        if (!findReleaseRow(db, access.standard.id, params.data.version))
          return problem(c, 404, 'Not Found', `No release ${params.data.version}.`);
        return frozen(c, params.data.version);
      });
    }

    app.get('/standards/:slug/diff', (c) => {
      const params = parseInput(c, SlugParams, c.req.param());
      if (!params.ok) return params.response;
      const query = parseInput(c, DiffQuery, c.req.query());
      if (!query.ok) return query.response;
      const access = requireStandardRole(c, db, params.data.slug, RELEASE_PERMISSION.read);
      if (!access.ok) return access.response;
      const result = diffBetween(deps, access.standard, query.data);
      return result.ok ? c.json(result.diff) : failure(c, result);
    });
  };
}

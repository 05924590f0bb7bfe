// The release lifecycle through the API, per role, with exact statuses and audit entries.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../server/accounts/audit.ts';
import type { Standard } from '../../server/accounts/standards.ts';
import { createWorld, fixture, type Persona, type World } from '../fixtures/releases/world.ts';

let world: World;
let standard: Standard;
const base = '/standards/lifecycle/releases';
const candidate = {
  version: '1.0',
  summary: 'How practitioners identify and refer children who may need protection.',
  changeNote: 'First version.',
  // In the past, so a published 1.0 is in force at once whatever day the test runs.
  effectiveDate: '2026-01-01',
};
// Far enough ahead that a version published with it stays upcoming.
const nextYear = `${new Date().getFullYear() + 1}-01-01`;

beforeAll(async () => {
  world = await createWorld();
  standard = world.addStandard('lifecycle', fixture('base'));
});
afterAll(() => world.dispose());

/** Where the draft stands, as the standards list and home page show it. */
const draftStatus = async () =>
  (await world.api('observer', 'GET', '/standards/lifecycle')).body.status;
const statusOf = async (version: string) =>
  (await world.api('observer', 'GET', `${base}/${version}`)).body.status;
const releaseJson = (version: string) =>
  JSON.parse(
    readFileSync(join(world.standardsDir, 'lifecycle', version, 'release.json'), 'utf8'),
  ) as Record<string, unknown>;

describe('release lifecycle per role', () => {
  it('lets only editors and admins create a candidate', async () => {
    const refused: [Persona, number][] = [
      ['stranger', 404],
      ['observer', 403],
      ['reviewer', 403],
    ];
    for (const [who, status] of refused) {
      const reply = await world.api(who, 'POST', base, candidate);
      expect(reply.status, who).toBe(status);
      expect(reply.contentType).toContain('application/problem+json');
    }
    const anonymous = await fetch(`${world.server.url}/api${base}`);
    expect(anonymous.status).toBe(401);
    expect((await world.api('editor', 'GET', base)).body).toEqual({ releases: [] });

    const created = await world.api('editor', 'POST', base, candidate);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      version: '1.0',
      status: 'candidate',
      title: standard.title,
      changeNote: 'First version.',
      effectiveDate: '2026-01-01',
      createdBy: world.userIds.editor,
      approvedAt: null,
      approvedBy: [],
      publishedAt: null,
      agencies: [
        { code: 'CHILD-NGO', name: 'Child NGO (illustrative)', kind: 'ngo' },
        { code: 'MOI', name: 'Ministry of Internal Affairs (illustrative)', kind: 'government' },
      ],
    });
    expect(created.body.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('lets every member read releases, and strangers not even see them', async () => {
    for (const who of ['admin', 'editor', 'reviewer', 'observer'] as const) {
      expect((await world.api(who, 'GET', base)).status, who).toBe(200);
      expect((await world.api(who, 'GET', `${base}/1.0`)).status, who).toBe(200);
      expect((await world.api(who, 'GET', `${base}/1.0/content`)).status, who).toBe(200);
    }
    expect((await world.api('stranger', 'GET', base)).status).toBe(404);
    expect((await world.api('stranger', 'GET', `${base}/1.0`)).status).toBe(404);
    expect((await world.api('editor', 'GET', `${base}/9.9`)).status).toBe(404);
  });

  it('lets only admins approve, once', async () => {
    const refused: [Persona, number][] = [
      ['stranger', 404],
      ['observer', 403],
      ['reviewer', 403],
      ['editor', 403],
    ];
    for (const [who, status] of refused) {
      expect((await world.api(who, 'POST', `${base}/1.0/approve`)).status, who).toBe(status);
    }
    expect(await statusOf('1.0')).toBe('candidate');
    expect(await draftStatus()).toEqual({
      phase: 'candidate',
      round: null,
      pending: '1.0',
      published: null,
      upcoming: null,
    });
    // A candidate must be approved before it is published.
    expect((await world.api('admin', 'POST', `${base}/1.0/publish`)).status).toBe(409);

    const approved = await world.api('admin', 'POST', `${base}/1.0/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      approvedBy: [{ name: 'Admin Person', agency: 'Ministry of Internal Affairs (illustrative)' }],
    });
    expect((await world.api('admin', 'POST', `${base}/1.0/approve`)).status).toBe(409);
    expect(await draftStatus()).toMatchObject({ phase: 'approved', pending: '1.0' });
  });

  it('lets only admins publish, and writes the release folder', async () => {
    for (const who of ['editor', 'reviewer', 'observer'] as const) {
      expect((await world.api(who, 'POST', `${base}/1.0/publish`)).status, who).toBe(403);
    }
    expect((await world.api('stranger', 'POST', `${base}/1.0/publish`)).status).toBe(404);
    expect(existsSync(join(world.standardsDir, 'lifecycle', '1.0'))).toBe(false);

    const published = await world.api('admin', 'POST', `${base}/1.0/publish`);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', previousVersion: null });
    expect(releaseJson('1.0')).toMatchObject({
      slug: 'lifecycle',
      version: '1.0',
      status: 'published',
      previousVersion: null,
      supersededBy: null,
      contentHash: published.body.contentHash,
    });
    expect((await world.api('admin', 'POST', `${base}/1.0/publish`)).status).toBe(409);
    expect(await draftStatus()).toEqual({
      phase: 'drafting',
      round: null,
      pending: null,
      published: '1.0',
      upcoming: null,
    });
  });

  it('supersedes the published version when the next one is published', async () => {
    const next = {
      ...candidate,
      version: '1.1',
      changeNote: 'Clarified the referral.',
      effectiveDate: nextYear,
    };
    expect((await world.api('editor', 'POST', base, next)).status).toBe(201);
    expect((await world.api('admin', 'POST', `${base}/1.1/approve`)).status).toBe(200);
    const published = await world.api('admin', 'POST', `${base}/1.1/publish`);
    expect(published.body).toMatchObject({
      status: 'published',
      previousVersion: '1.0',
      standing: { standing: 'upcoming' },
    });

    // The lifecycle records the supersession; readers keep 1.0 until 1.1's effective date.
    const old = await world.api('observer', 'GET', `${base}/1.0`);
    expect(old.body).toMatchObject({
      status: 'superseded',
      supersededBy: '1.1',
      standing: { standing: 'in-force', supersededBy: null },
    });
    expect(await draftStatus()).toMatchObject({
      published: '1.0',
      upcoming: { version: '1.1', effectiveDate: nextYear },
    });
    expect(releaseJson('1.0')).toMatchObject({ status: 'superseded', supersededBy: '1.1' });
    expect(releaseJson('1.0').supersededAt).toBe(old.body.supersededAt);
    expect(releaseJson('1.1')).toMatchObject({ status: 'published', previousVersion: '1.0' });
  });

  it('lets only admins withdraw, with a reason, once', async () => {
    for (const who of ['editor', 'reviewer', 'observer'] as const) {
      const reply = await world.api(who, 'POST', `${base}/1.1/withdraw`, { reason: 'No.' });
      expect(reply.status, who).toBe(403);
    }
    expect((await world.api('admin', 'POST', `${base}/1.1/withdraw`, {})).status).toBe(400);
    expect((await world.api('admin', 'POST', `${base}/1.1/withdraw`, { reason: ' ' })).status).toBe(
      400,
    );
    expect(await statusOf('1.1')).toBe('published');

    const withdrawn = await world.api('admin', 'POST', `${base}/1.1/withdraw`, {
      reason: 'A referral step conflicts with new guidance.',
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({
      status: 'withdrawn',
      withdrawnReason: 'A referral step conflicts with new guidance.',
    });
    expect(releaseJson('1.1')).toMatchObject({
      status: 'withdrawn',
      withdrawnReason: 'A referral step conflicts with new guidance.',
    });
    // 1.0 stays in force, and nothing is waiting any more.
    const list = (await world.api('observer', 'GET', base)).body as {
      releases: { version: string; standing: { standing: string } }[];
    };
    expect(list.releases.map((r) => [r.version, r.standing.standing])).toEqual([
      ['1.0', 'in-force'],
      ['1.1', 'withdrawn'],
    ]);
    expect(await draftStatus()).toMatchObject({ published: '1.0', upcoming: null });
    const again = await world.api('admin', 'POST', `${base}/1.1/withdraw`, { reason: 'Again.' });
    expect(again.status).toBe(409);
    expect((await world.api('admin', 'POST', `${base}/1.1/publish`)).status).toBe(409);
  });

  it('never publishes a version below one already published', async () => {
    for (const version of ['1.2', '2.0']) {
      const reply = await world.api('editor', 'POST', base, { ...candidate, version });
      expect(reply.status, version).toBe(201);
      expect((await world.api('admin', 'POST', `${base}/${version}/approve`)).status).toBe(200);
    }
    const major = await world.api('admin', 'POST', `${base}/2.0/publish`);
    // 1.1 was published and then withdrawn: it stays the previous version, and stays withdrawn.
    expect(major.body).toMatchObject({ status: 'published', previousVersion: '1.1' });
    expect(await statusOf('1.1')).toBe('withdrawn');
    expect(await draftStatus()).toMatchObject({ published: '2.0', upcoming: null });
    const late = await world.api('admin', 'POST', `${base}/1.2/publish`);
    expect(late.status).toBe(409);
    expect(await statusOf('1.2')).toBe('approved');
    expect(existsSync(join(world.standardsDir, 'lifecycle', '1.2'))).toBe(false);
    // An approved release that will never be published can still be withdrawn.
    const dropped = await world.api('admin', 'POST', `${base}/1.2/withdraw`, {
      reason: 'Overtaken by 2.0.',
    });
    expect(dropped.body).toMatchObject({ status: 'withdrawn', publishedAt: null });
    expect(existsSync(join(world.standardsDir, 'lifecycle', '1.2'))).toBe(false);
  });

  it('documents the release routes in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${world.server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(doc.paths['/api/standards/{slug}/releases'] ?? {}).sort()).toEqual([
      'get',
      'post',
    ]);
    for (const path of ['approve', 'publish', 'withdraw', 'draft']) {
      expect(doc.paths[`/api/standards/{slug}/releases/{version}/${path}`], path).toHaveProperty(
        'post',
      );
    }
    expect(doc.paths['/api/standards/{slug}/diff']).toHaveProperty('get');
  });

  it('audits every transition', () => {
    const actions = listAudit(world.server.db, { standardId: standard.id, limit: 100 })
      .filter((entry) => entry.action.startsWith('release.'))
      .reverse()
      .map((entry) => [entry.action, entry.detail.version, entry.actorId]);
    const { admin, editor } = world.userIds;
    expect(actions).toEqual([
      ['release.candidate', '1.0', editor],
      ['release.approve', '1.0', admin],
      ['release.publish', '1.0', admin],
      ['release.candidate', '1.1', editor],
      ['release.approve', '1.1', admin],
      ['release.supersede', '1.0', admin],
      ['release.publish', '1.1', admin],
      ['release.withdraw', '1.1', admin],
      ['release.candidate', '1.2', editor],
      ['release.approve', '1.2', admin],
      ['release.candidate', '2.0', editor],
      ['release.approve', '2.0', admin],
      ['release.publish', '2.0', admin],
      ['release.withdraw', '1.2', admin],
    ]);
  });
});

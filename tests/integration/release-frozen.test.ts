// A frozen release never changes: not through the API, not when the draft moves on. Its
// hash and files are deterministic, and its files alone give back its model.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canonicalString as canonicalJson,
  markdownToModel,
  parseModel,
  type ModelDoc,
} from '../../model/index.ts';
import type { Standard } from '../../server/accounts/standards.ts';
import { publishModelRelease } from '../../server/releases/publish-from-model.ts';
import { transformUpdate } from '../../server/releases/restore-draft.ts';
import { syncReleaseFiles } from '../../server/releases/sync-files.ts';
import { createLogger } from '../../server/logger.ts';
import { releaseMetaSchema } from '../../site/lib/release-meta.ts';
import { splitFrontmatter } from '../../site/lib/frontmatter.ts';
import { connectClient, waitFor, waitForAcknowledged } from '../helpers/collab-clients.ts';
import { createWorld, fixture, type Persona, type World } from '../fixtures/releases/world.ts';

let world: World;
let standard: Standard;
const base = '/standards/frozen/releases';
let frozenModel: ModelDoc;
let frozenHash = '';

const normal = (json: ModelDoc): ModelDoc => {
  const parsed = parseModel(json);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.doc;
};

const readRelease = (slug: string, version: string, file: string) =>
  readFileSync(join(world.standardsDir, slug, version, file), 'utf8');

beforeAll(async () => {
  world = await createWorld();
  standard = world.addStandard('frozen', fixture('base'));
  const created = await world.api('editor', 'POST', base, {
    version: '1.0',
    summary: 'How practitioners identify and refer children who may need protection.',
    changeNote: 'First version.',
    effectiveDate: '2026-12-01',
  });
  expect(created.status).toBe(201);
  frozenHash = String(created.body.contentHash);
  const content = await world.api('observer', 'GET', `${base}/1.0/content`);
  frozenModel = content.body.model as ModelDoc;
});
afterAll(() => world.dispose());

describe('freezing', () => {
  it('stores the canonical model of the draft and the sha256 of its canonical JSON', () => {
    const parsed = parseModel(fixture('base'));
    if (!parsed.ok) throw new Error(parsed.error);
    const canonical = canonicalJson(parsed.doc);
    expect(canonicalJson(frozenModel)).toBe(canonical);
    expect(frozenHash).toBe(`sha256:${createHash('sha256').update(canonical).digest('hex')}`);
  });

  it('is not changed by later edits to the draft, made by an editor over the socket', async () => {
    const wsUrl = `${world.server.url.replace(/^http/, 'ws')}/collab`;
    const client = connectClient(wsUrl, standard.document, world.tokens.editor);
    try {
      await waitFor(() => client.provider.isSynced, 'editor synced');
      Y.applyUpdate(
        client.doc,
        transformUpdate(Y.encodeStateAsUpdate(client.doc), fixture('move-edit')),
      );
      await waitForAcknowledged(client);
    } finally {
      client.destroy();
    }
    const content = await world.api('observer', 'GET', `${base}/1.0/content`);
    expect(content.body).toEqual({ version: '1.0', contentHash: frozenHash, model: frozenModel });
    // The draft did change: freezing it now gives another text.
    const next = await world.api('editor', 'POST', base, {
      version: '1.1',
      changeNote: 'Moved an indicator.',
      effectiveDate: '2027-01-01',
    });
    expect(next.status).toBe(201);
    expect(next.body.contentHash).not.toBe(frozenHash);
    const nextContent = await world.api('observer', 'GET', `${base}/1.1/content`);
    expect(nextContent.body.model).toEqual(normal(fixture('move-edit')));
  });

  it('gives the same hash to the same text however it was frozen', () => {
    const other = world.addStandard('frozen-copy');
    const published = publishModelRelease(
      {
        db: world.server.db,
        store: world.server.store,
        standardsDir: world.standardsDir,
        logger: createLogger('silent'),
      },
      other,
      {
        model: fixture('base'),
        version: '1.0',
        summary: 'Copy.',
        changeNote: 'Imported.',
        effectiveDate: '2026-12-01',
        approvers: [{ name: 'Seeder', agency: '' }],
        approvedAt: Date.UTC(2026, 10, 20),
      },
    );
    expect(published.ok && published.release.contentHash).toBe(frozenHash);
  });
});

describe('changing a frozen release', () => {
  const attempts: [string, string, unknown][] = [
    ['PATCH', `${base}/1.0`, { changeNote: 'Rewritten.' }],
    ['PUT', `${base}/1.0`, { version: '1.0', changeNote: 'Rewritten.' }],
    ['DELETE', `${base}/1.0`, undefined],
    ['PUT', `${base}/1.0/content`, { model: { type: 'doc', content: [] } }],
    ['PATCH', `${base}/1.0/content`, { model: { type: 'doc', content: [] } }],
    ['DELETE', `${base}/1.0/content`, undefined],
  ];
  const expected: [Persona, number][] = [
    ['admin', 409],
    ['editor', 409],
    ['reviewer', 403],
    ['observer', 403],
    ['stranger', 404],
  ];

  for (const [method, path, body] of attempts) {
    it(`${method} ${path.replace(base, '…')} is refused for everyone`, async () => {
      const before = await world.api('observer', 'GET', `${base}/1.0`);
      for (const [who, status] of expected) {
        const reply = await world.api(who, method, path, body);
        expect(reply.status, who).toBe(status);
        expect(reply.contentType).toContain('application/problem+json');
      }
      expect(await world.api('observer', 'GET', `${base}/1.0`)).toEqual(before);
    });
  }

  it('refuses a new candidate reusing a frozen version', async () => {
    const reply = await world.api('editor', 'POST', base, {
      version: '1.0',
      changeNote: 'Again.',
      effectiveDate: '2026-12-01',
    });
    expect(reply.status).toBe(400);
    const list = await world.api('observer', 'GET', base);
    expect((list.body.releases as { version: string }[]).map((r) => r.version)).toEqual([
      '1.0',
      '1.1',
    ]);
  });
});

describe('release files', () => {
  beforeAll(async () => {
    expect((await world.api('admin', 'POST', `${base}/1.0/approve`)).status).toBe(200);
    expect((await world.api('admin', 'POST', `${base}/1.0/publish`)).status).toBe(200);
  });

  it('hold metadata the site accepts, with the frozen hash', () => {
    const meta = releaseMetaSchema.parse(JSON.parse(readRelease('frozen', '1.0', 'release.json')));
    expect(meta).toMatchObject({
      slug: 'frozen',
      version: '1.0',
      status: 'published',
      contentHash: frozenHash,
    });
    expect(readRelease('frozen', '1.0', 'release.json').endsWith('}\n')).toBe(true);
  });

  it('read back through Markdown to exactly the frozen model', () => {
    const split = splitFrontmatter(readRelease('frozen', '1.0', 'standard.md'));
    if (!split.ok) throw new Error(split.message);
    expect(split.frontmatter).toEqual({
      slug: 'frozen',
      title: standard.title,
      version: '1.0',
      language: 'en',
    });
    const parsed = parseModel(markdownToModel(split.body));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.doc).toEqual(frozenModel);
    expect(canonicalJson(parsed.doc)).toBe(canonicalJson(frozenModel));
  });

  it('are byte-identical when written again from scratch', () => {
    const before = ['standard.md', 'release.json'].map((f) => readRelease('frozen', '1.0', f));
    rmSync(join(world.standardsDir, 'frozen'), { recursive: true });
    expect(syncReleaseFiles(world.server.db, world.standardsDir, standard.id)).toEqual(['1.0']);
    const after = ['standard.md', 'release.json'].map((f) => readRelease('frozen', '1.0', f));
    expect(after).toEqual(before);
    // Nothing to do the second time.
    expect(syncReleaseFiles(world.server.db, world.standardsDir, standard.id)).toEqual([]);
  });

  it('are byte-identical for the same text published under the same facts elsewhere', () => {
    const deps = {
      db: world.server.db,
      store: world.server.store,
      standardsDir: world.standardsDir,
      logger: createLogger('silent'),
    };
    const facts = {
      model: fixture('base'),
      version: '2.0',
      summary: 'Same.',
      changeNote: 'Same.',
      effectiveDate: '2027-01-01',
      approvers: [{ name: 'Seeder', agency: '' }],
      agencies: [],
      approvedAt: Date.UTC(2026, 11, 1),
      publishedAt: Date.UTC(2026, 11, 2),
      title: 'Same title',
    };
    const one = world.addStandard('twin-one');
    const two = world.addStandard('twin-two');
    expect(publishModelRelease(deps, one, facts).ok).toBe(true);
    expect(publishModelRelease(deps, two, facts).ok).toBe(true);
    const strip = (text: string) => text.replace(/twin-(one|two)/g, 'twin');
    for (const file of ['standard.md', 'release.json']) {
      expect(strip(readRelease('twin-one', '2.0', file))).toBe(
        strip(readRelease('twin-two', '2.0', file)),
      );
    }
  });
});

// Release diffs through the API, on crafted fixtures: by stable id, with moves, renumbering,
// splits, deletions and re-additions, word-level changes and "new"/"amended" marks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelDoc } from '../../model/index.ts';
import type { Standard } from '../../server/accounts/standards.ts';
import { createLogger } from '../../server/logger.ts';
import { publishModelRelease } from '../../server/releases/publish-from-model.ts';
import { createWorld, fixture, type World } from '../fixtures/releases/world.ts';

let world: World;

interface Change {
  id: string;
  status: string;
  moved: boolean;
  renumbered: boolean;
  changed: boolean;
  oldNumber: string | null;
  newNumber: string | null;
  oldClauseId: string | null;
  newClauseId: string | null;
  words: { value: string; added?: boolean; removed?: boolean }[] | null;
}
interface Diff {
  from: { version: string; status: string | null; contentHash: string | null };
  to: { version: string; status: string | null; contentHash: string | null };
  diff: {
    changes: Change[];
    added: Change[];
    removed: Change[];
    moved: Change[];
    renumbered: Change[];
    changed: Change[];
  };
  marks: Record<string, { status: string; version: string }>;
}

/** A standard whose releases are the given fixtures, published in order as 1.0, 1.1, … */
function standardWith(slug: string, versions: ModelDoc[], draft?: ModelDoc): Standard {
  const standard = world.addStandard(slug, draft);
  const deps = {
    db: world.server.db,
    store: world.server.store,
    standardsDir: world.standardsDir,
    logger: createLogger('silent'),
  };
  versions.forEach((model, minor) => {
    const published = publishModelRelease(deps, standard, {
      model,
      version: `1.${minor}`,
      summary: 'An illustrative standard.',
      changeNote: `Version 1.${minor}.`,
      effectiveDate: '2027-01-01',
      approvers: [{ name: 'Admin Person', agency: 'Ministry (illustrative)' }],
    });
    if (!published.ok) throw new Error(published.detail);
  });
  return standard;
}

async function diff(slug: string, query: string): Promise<Diff> {
  const reply = await world.api('observer', 'GET', `/standards/${slug}/diff?${query}`);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body as unknown as Diff;
}

/** Only what changed, one line per node, for readable expectations. */
const summary = (d: Diff) =>
  d.diff.changes
    .filter((c) => c.status !== 'kept' || c.moved || c.renumbered || c.changed)
    .map((c) => {
      const flags = [c.moved && 'moved', c.renumbered && 'renumbered', c.changed && 'changed'];
      const what = c.status === 'kept' ? flags.filter(Boolean).join('+') : c.status;
      return `${c.id} ${what} ${c.oldNumber ?? '-'}→${c.newNumber ?? '-'}`;
    });

const wordsOf = (d: Diff, id: string) =>
  d.diff.changes
    .find((c) => c.id === id)
    ?.words?.filter((w) => w.added || w.removed)
    .map((w) => `${w.added ? '+' : '-'}${w.value}`);

beforeAll(async () => {
  world = await createWorld();
});
afterAll(() => world.dispose());

describe('diffs between versions', () => {
  it('finds a provision moved to another clause and edited, word by word', async () => {
    standardWith('diff-move', [fixture('base'), fixture('move-edit')]);
    const d = await diff('diff-move', 'from=1.0&to=1.1');
    expect(d.from).toMatchObject({ version: '1.0', status: 'superseded' });
    expect(d.to).toMatchObject({ version: '1.1', status: 'published' });
    expect(summary(d)).toEqual(['p-ind2 moved+renumbered+changed 3.1.2→3.2.2']);
    expect(d.diff.changes.find((c) => c.id === 'p-ind2')).toMatchObject({
      oldClauseId: 'c-indicators',
      newClauseId: 'c-response',
    });
    expect(wordsOf(d, 'p-ind2')).toEqual(['-consider', '+weigh', '- rather than', '+, never']);
    expect(d.marks).toEqual({ 'p-ind2': { status: 'amended', version: '1.1' } });
  });

  it('tells renumbering from change: nothing amended, only new nodes marked', async () => {
    standardWith('diff-renumber', [fixture('base'), fixture('renumber')]);
    const d = await diff('diff-renumber', 'from=1.0&to=1.1');
    expect(summary(d)).toEqual([
      'c-principles added -→3',
      'p-princ1 added -→3.1',
      'c-identify renumbered 3→4',
      'c-indicators renumbered 3.1→4.1',
      'p-ind1 renumbered 3.1.1→4.1.1',
      'p-ind2 renumbered 3.1.2→4.1.2',
      'c-response renumbered 3.2→4.2',
      'p-resp0 added -→4.2.1',
      'p-resp1 renumbered 3.2.1→4.2.2',
      'c-referral renumbered 4→5',
      'p-ref1 renumbered 4.1→5.1',
      'p-ref2 renumbered 4.2→5.2',
    ]);
    expect(d.diff.changed).toEqual([]);
    expect(d.marks).toEqual({
      'c-principles': { status: 'new', version: '1.1' },
      'p-princ1': { status: 'new', version: '1.1' },
      'p-resp0': { status: 'new', version: '1.1' },
    });
  });

  it('shows a split as the old provision amended and a new one added', async () => {
    standardWith('diff-split', [fixture('base'), fixture('split')]);
    const d = await diff('diff-split', 'from=1.0&to=1.1');
    expect(summary(d)).toEqual([
      'p-ref1 changed 4.1→4.1',
      'p-ref1b added -→4.2',
      'p-ref2 renumbered 4.2→4.3',
    ]);
    expect(wordsOf(d, 'p-ref1')).toEqual(['- The referral shall be recorded in writing.']);
    expect(d.marks).toEqual({
      'p-ref1': { status: 'amended', version: '1.1' },
      'p-ref1b': { status: 'new', version: '1.1' },
    });
  });

  it('compares any two versions: a deletion, then the same words re-added under a new id', async () => {
    standardWith('diff-readd', [fixture('base'), fixture('delete'), fixture('readd')]);
    expect(summary(await diff('diff-readd', 'from=1.0&to=1.1'))).toEqual([
      'p-scope1 removed 1.1→-',
      'p-ref2 removed 4.2→-',
    ]);
    const readd = await diff('diff-readd', 'from=1.1&to=1.2');
    expect(summary(readd)).toEqual(['p-ref3 added -→4.2']);
    expect(readd.marks).toEqual({ 'p-ref3': { status: 'new', version: '1.2' } });
    // Across both steps the ids tell the truth: p-ref2 is gone, p-ref3 is new.
    expect(summary(await diff('diff-readd', 'from=1.0&to=1.2'))).toEqual([
      'p-ref3 added -→4.2',
      'p-scope1 removed 1.1→-',
      'p-ref2 removed 4.2→-',
    ]);
    // Backwards works too.
    expect(summary(await diff('diff-readd', 'from=1.2&to=1.0'))).toEqual([
      'p-scope1 added -→1.1',
      'p-ref2 added -→4.2',
      'p-ref3 removed 4.2→-',
    ]);
  });

  it('finds no change between a version and itself', async () => {
    const d = await diff('diff-readd', 'from=1.1&to=1.1');
    expect(summary(d)).toEqual([]);
    expect(d.marks).toEqual({});
  });
});

describe('diffs against the draft', () => {
  it('compares the draft with the version in force by default', async () => {
    standardWith('diff-draft', [fixture('base')], fixture('split'));
    const d = await diff('diff-draft', '');
    expect(d.from).toMatchObject({ version: '1.0', status: 'published' });
    expect(d.to).toEqual({ version: 'draft', status: null, contentHash: null });
    expect(summary(d)).toEqual([
      'p-ref1 changed 4.1→4.1',
      'p-ref1b added -→4.2',
      'p-ref2 renumbered 4.2→4.3',
    ]);
    expect(d.marks['p-ref1b']).toEqual({ status: 'new', version: 'draft' });
    expect(await diff('diff-draft', 'from=1.0&to=draft')).toEqual(d);
  });

  it('compares the draft with an older version, and the other way round', async () => {
    const d = await diff('diff-draft', 'from=draft&to=1.0');
    expect(d.from.version).toBe('draft');
    expect(summary(d)).toEqual([
      'p-ref1 changed 4.1→4.1',
      'p-ref2 renumbered 4.3→4.2',
      'p-ref1b removed 4.2→-',
    ]);
  });

  it('answers 404 when there is nothing to compare with', async () => {
    world.addStandard('diff-none', fixture('base'));
    const reply = await world.api('observer', 'GET', '/standards/diff-none/diff?to=draft');
    expect(reply.status).toBe(404);
    expect((await world.api('stranger', 'GET', '/standards/diff-draft/diff')).status).toBe(404);
  });
});

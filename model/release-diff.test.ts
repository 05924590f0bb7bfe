import { describe, expect, it } from 'vitest';
import { captioned, clause, crossRef, doc, provision, table, term } from './builders.ts';
import { releaseDiff, releaseMarks } from './release-diff.ts';

const v1 = doc(
  clause('c-scope00001', 1, 'Scope'),
  provision('p-scope00001', 'statement', 'This document covers identification.'),
  clause('c-ident00001', 1, 'Identification'),
  provision('p-ident00001', 'requirement', 'Staff shall look for indicators.'),
  provision('p-ident00002', 'recommendation', 'Staff should record what they see.'),
  clause('c-refer00001', 1, 'Referral'),
  provision(
    'p-refer00001',
    'requirement',
    'Staff shall refer the child (see ',
    crossRef('c-ident00001'),
    ').',
  ),
);

function byId(diff: ReturnType<typeof releaseDiff>, id: string) {
  const c = diff.changes.find((x) => x.id === id);
  if (!c) throw new Error(`no change for ${id}`);
  return c;
}

describe('releaseDiff', () => {
  it('reports nothing for an identical version', () => {
    const diff = releaseDiff(v1, v1);
    expect([diff.added, diff.removed, diff.moved, diff.renumbered, diff.changed]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
    expect(diff.changes).toHaveLength(7);
  });

  it('treats an attribute missing from an older release like its empty value, and reports a new title', () => {
    const plain = table('tb-times0001', ['Situation', 'Within'], ['Danger', 'At once']);
    // A release frozen before tables had titles: no caption key at all.
    const old = doc(clause('c-scope00001', 1, 'Scope'), plain);
    const untitled = doc(clause('c-scope00001', 1, 'Scope'), {
      ...plain,
      attrs: { ...plain.attrs, caption: null },
    });
    expect(releaseDiff(old, untitled).changed).toEqual([]);
    const titled = doc(clause('c-scope00001', 1, 'Scope'), captioned('Timelines', plain));
    const diff = releaseDiff(old, titled);
    expect(diff.changed.map((c) => c.id)).toEqual(['tb-times0001']);
    const change = byId(diff, 'tb-times0001');
    expect(change.changedAttrs).toEqual(['caption']);
    expect(change.newText).toBe('Timelines Situation Within Danger At once');
  });

  it('detects a provision moved to another clause and edited, with word changes', () => {
    const v2 = doc(
      clause('c-scope00001', 1, 'Scope'),
      provision('p-scope00001', 'statement', 'This document covers identification.'),
      clause('c-ident00001', 1, 'Identification'),
      provision('p-ident00001', 'requirement', 'Staff shall look for indicators.'),
      clause('c-refer00001', 1, 'Referral'),
      provision(
        'p-refer00001',
        'requirement',
        'Staff shall refer the child (see ',
        crossRef('c-ident00001'),
        ').',
      ),
      provision('p-ident00002', 'recommendation', 'Staff should record in writing what they see.'),
    );
    const diff = releaseDiff(v1, v2);
    const moved = byId(diff, 'p-ident00002');
    expect(moved).toMatchObject({
      status: 'kept',
      moved: true,
      changed: true,
      renumbered: true,
      oldNumber: '2.2',
      newNumber: '3.2',
      oldClauseId: 'c-ident00001',
      newClauseId: 'c-refer00001',
    });
    expect(moved.words?.filter((w) => w.added).map((w) => w.value.trim())).toEqual(['in writing']);
    expect(diff.moved.map((c) => c.id)).toEqual(['p-ident00002']);
    expect(diff.changed.map((c) => c.id)).toEqual(['p-ident00002']);
  });

  it('detects renumbering when a clause is inserted, without calling cross-references changed', () => {
    const v2 = doc(
      clause('c-scope00001', 1, 'Scope'),
      provision('p-scope00001', 'statement', 'This document covers identification.'),
      clause('c-terms00001', 1, 'Terms'),
      clause('c-ident00001', 1, 'Identification'),
      provision('p-ident00001', 'requirement', 'Staff shall look for indicators.'),
      provision('p-ident00002', 'recommendation', 'Staff should record what they see.'),
      clause('c-refer00001', 1, 'Referral'),
      provision(
        'p-refer00001',
        'requirement',
        'Staff shall refer the child (see ',
        crossRef('c-ident00001'),
        ').',
      ),
    );
    const diff = releaseDiff(v1, v2);
    expect(diff.added.map((c) => c.id)).toEqual(['c-terms00001']);
    expect(diff.renumbered.map((c) => [c.id, c.oldNumber, c.newNumber])).toEqual([
      ['c-ident00001', '2', '3'],
      ['p-ident00001', '2.1', '3.1'],
      ['p-ident00002', '2.2', '3.2'],
      ['c-refer00001', '3', '4'],
      ['p-refer00001', '3.1', '4.1'],
    ]);
    expect(diff.changed).toEqual([]);
    expect(diff.moved).toEqual([]);
    expect(byId(diff, 'p-refer00001').newText).toBe('Staff shall refer the child (see 3).');
  });

  it('reports a split as a changed provision plus an added one', () => {
    const v2 = doc(
      ...v1.content.slice(0, 3),
      provision('p-ident00001', 'requirement', 'Staff shall look'),
      provision('p-ident00009', 'requirement', 'for indicators.'),
      ...v1.content.slice(4),
    );
    const diff = releaseDiff(v1, v2);
    expect(diff.added.map((c) => c.id)).toEqual(['p-ident00009']);
    expect(byId(diff, 'p-ident00001')).toMatchObject({
      changed: true,
      moved: false,
      renumbered: false,
    });
    expect(byId(diff, 'p-ident00002')).toMatchObject({
      renumbered: true,
      changed: false,
      newNumber: '2.3',
    });
  });

  it('reports delete and re-add as removed plus added (ids are never reused)', () => {
    const v2 = doc(
      ...v1.content.slice(0, 4),
      provision('p-ident00077', 'recommendation', 'Staff should record what they see.'),
      ...v1.content.slice(5),
    );
    const diff = releaseDiff(v1, v2);
    expect(diff.removed.map((c) => [c.id, c.oldNumber])).toEqual([['p-ident00002', '2.2']]);
    expect(diff.added.map((c) => [c.id, c.newNumber])).toEqual([['p-ident00077', '2.2']]);
  });

  it('detects reordering among siblings and attribute changes', () => {
    const v2 = doc(
      clause('c-scope00001', 1, 'Scope'),
      provision('p-scope00001', 'statement', 'This document covers identification.'),
      clause('c-refer00001', 1, 'Referral'),
      provision(
        'p-refer00001',
        'requirement',
        'Staff shall refer the child (see ',
        crossRef('c-ident00001'),
        ').',
      ),
      clause('c-ident00001', 1, 'Identification'),
      provision('p-ident00002', 'permission', 'Staff should record what they see.'),
      provision('p-ident00001', 'requirement', 'Staff shall look for indicators.'),
      term('t-child00001', 'child', 'person under 18'),
    );
    const diff = releaseDiff(v1, v2);
    // The longest unchanged order keeps scope and identification; referral moved up.
    expect(diff.moved.map((c) => c.id).sort()).toEqual(['c-refer00001', 'p-ident00002']);
    expect(byId(diff, 'p-ident00002')).toMatchObject({
      changed: true,
      changedAttrs: ['kind'],
      words: null,
    });
    expect(byId(diff, 't-child00001')).toMatchObject({
      status: 'added',
      newText: 'child: person under 18',
    });
  });
});

describe('releaseMarks', () => {
  it('marks added nodes new and edited nodes amended, not moves', () => {
    const v2 = doc(
      ...v1.content.slice(0, 3),
      provision('p-ident00001', 'requirement', 'Staff shall look for all indicators.'),
      provision('p-new0000001', 'note', 'Indicators are not proof.'),
      ...v1.content.slice(4),
    );
    expect(releaseMarks(v1, v2, '1.1')).toEqual({
      'p-ident00001': { status: 'amended', version: '1.1' },
      'p-new0000001': { status: 'new', version: '1.1' },
    });
    expect(releaseMarks(null, v2, '1.0')).toEqual({});
  });
});

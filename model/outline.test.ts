import { describe, expect, it } from 'vitest';
import { buildOutline } from './outline.ts';
import { sampleDocument } from './sample.ts';

describe('buildOutline', () => {
  it('builds a tree of clauses with numbers, titles and ids', () => {
    const outline = buildOutline(sampleDocument());
    expect(outline.map((e) => [e.number, e.title, e.kind])).toEqual([
      [null, 'Foreword', 'front'],
      [null, 'Introduction', 'front'],
      ['1', 'Scope', 'clause'],
      ['2', 'Terms and definitions', 'clause'],
      ['3', 'Identification', 'clause'],
      ['A', 'Contacts', 'annex'],
    ]);
    expect(outline[4]?.children.map((e) => [e.id, e.number, e.title])).toEqual([
      ['c-indic00001', '3.1', 'Indicators'],
      ['c-refer00001', '3.2', 'Referral'],
    ]);
    expect(outline[5]?.children[0]).toMatchObject({ number: 'A.1', title: 'Further reading' });
  });
});

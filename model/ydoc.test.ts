import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseModel } from './parse-model.ts';
import { sampleDocument } from './sample.ts';
import { YJS_FIELD, modelToYUpdate, yDocToModel } from './ydoc.ts';

describe('Y.Doc ⇄ model JSON', () => {
  it('seeds an empty Y.Doc with an update that reads back as the same document', () => {
    const parsed = parseModel(sampleDocument());
    if (!parsed.ok) throw new Error(parsed.error);
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, modelToYUpdate(sampleDocument()));
    expect(yDocToModel(ydoc)).toEqual(parsed.doc);
    expect(ydoc.getXmlFragment(YJS_FIELD).length).toBe(sampleDocument().content.length);
  });

  it('keeps array and null attributes through Yjs', () => {
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, modelToYUpdate(sampleDocument()));
    const terms = yDocToModel(ydoc).content.filter((n) => n.type === 'term');
    expect(terms.map((t) => t.attrs)).toEqual([
      {
        id: 't-child00001',
        term: 'child',
        alternatives: ['minor'],
        source: 'illustrative source, clause 1',
      },
      { id: 't-referral01', term: 'referral', alternatives: [], source: null },
    ]);
  });

  it('reads an empty Y.Doc as a document without content', () => {
    expect(yDocToModel(new Y.Doc())).toEqual({ type: 'doc', content: [] });
  });

  it('refuses JSON the schema rejects', () => {
    expect(() =>
      modelToYUpdate({ type: 'doc', content: [{ type: 'paragraph', content: [] }] }),
    ).toThrow(/modelToYDoc/);
    expect(parseModel({ type: 'doc', content: [{ type: 'heading' }] }).ok).toBe(false);
  });
});

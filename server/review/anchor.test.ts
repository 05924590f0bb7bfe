import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { modelToYDoc, type ModelDoc } from '../../model/index.ts';
import { blockText, createAnchor, findBlock, refindPassage, resolveAnchor } from './anchor.ts';
import { draftFromState, placeOf } from './draft.ts';

const sample: ModelDoc = {
  type: 'doc',
  content: [
    {
      type: 'clause',
      attrs: { id: 'c-scope', level: 1, kind: 'clause' },
      content: [{ type: 'text', text: 'Scope' }],
    },
    {
      type: 'clause',
      attrs: { id: 'c-four', level: 1, kind: 'clause' },
      content: [{ type: 'text', text: 'Identification' }],
    },
    {
      type: 'clause',
      attrs: { id: 'c-fourone', level: 2, kind: 'clause' },
      content: [{ type: 'text', text: 'Signs' }],
    },
    {
      type: 'clause',
      attrs: { id: 'c-fourtwo', level: 2, kind: 'clause' },
      content: [{ type: 'text', text: 'Talking with the child' }],
    },
    {
      type: 'provision',
      attrs: { id: 'p-listen', kind: 'requirement' },
      content: [
        { type: 'text', text: 'The practitioner shall listen ' },
        { type: 'text', text: 'calmly', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' and without judgement (see ' },
        { type: 'crossRef', attrs: { target: 'c-fourone' } },
        { type: 'text', text: ').' },
      ],
    },
    {
      type: 'provision',
      attrs: { id: 'p-note', kind: 'note' },
      content: [{ type: 'text', text: 'Illustrative note.' }],
    },
  ],
};

/** The draft as the server sees it: stored bytes loaded into a fresh Y.Doc. */
function reload(doc: Y.Doc) {
  return draftFromState(Y.encodeStateAsUpdate(doc), 'en');
}

function textChild(block: Y.XmlElement): Y.XmlText {
  const first = block.toArray()[0];
  if (!(first instanceof Y.XmlText)) throw new Error('expected text');
  return first;
}

describe('passage anchors', () => {
  it('anchor a passage and resolve it after text is inserted before it', () => {
    const doc = modelToYDoc(sample);
    const fragment = doc.getXmlFragment('default');
    const block = findBlock(fragment, 'p-listen');
    if (!block) throw new Error('no block');
    const text = blockText(block);
    const from = text.indexOf('listen');
    const anchor = createAnchor(block, from, from + 'listen calmly'.length, 'listen calmly');
    expect(anchor).toMatchObject({ ok: true, quote: 'listen calmly' });
    if (!anchor.ok) return;

    textChild(block).insert(0, 'In every case, ');
    const draft = reload(doc);
    const resolved = resolveAnchor(draft.doc, draft.fragment, anchor.start, anchor.end);
    expect(resolved).toMatchObject({
      orphaned: false,
      blockId: 'p-listen',
      quote: 'listen calmly',
    });
  });

  it('keep the passage when only some of its words are deleted, orphan it when all are', () => {
    const doc = modelToYDoc(sample);
    const block = findBlock(doc.getXmlFragment('default'), 'p-listen');
    if (!block) throw new Error('no block');
    const from = blockText(block).indexOf('shall listen');
    const anchor = createAnchor(block, from, from + 'shall listen'.length, null);
    if (!anchor.ok) throw new Error('not anchored');
    textChild(block).delete(from, 'shall '.length);
    let draft = reload(doc);
    expect(resolveAnchor(draft.doc, draft.fragment, anchor.start, anchor.end)).toMatchObject({
      orphaned: false,
      quote: 'listen',
    });
    textChild(block).delete(from, 'listen'.length);
    draft = reload(doc);
    expect(resolveAnchor(draft.doc, draft.fragment, anchor.start, anchor.end)).toEqual({
      orphaned: true,
    });
  });

  it('find the same words again when the sentence holding them was retyped', () => {
    const doc = modelToYDoc(sample);
    const block = findBlock(doc.getXmlFragment('default'), 'p-note');
    if (!block) throw new Error('no block');
    const anchor = createAnchor(block, 0, 'Illustrative'.length, null);
    if (!anchor.ok) throw new Error('not anchored');
    // Select-all and type the sentence again: every character of the passage is new.
    textChild(block).delete(0, 'Illustrative note.'.length);
    textChild(block).insert(0, 'An Illustrative note, retyped.');
    const draft = reload(doc);
    expect(resolveAnchor(draft.doc, draft.fragment, anchor.start, anchor.end)).toEqual({
      orphaned: true,
    });
    expect(refindPassage(draft.fragment, 'p-note', anchor.quote)).toEqual({
      blockId: 'p-note',
      from: 3,
      to: 3 + 'Illustrative'.length,
      quote: 'Illustrative',
    });
    expect(refindPassage(draft.fragment, 'p-note', 'judgement')).toBeNull();
    expect(refindPassage(draft.fragment, 'p-gone', 'Illustrative')).toBeNull();
  });

  it('follow renumbering and orphan when the block is deleted', () => {
    const doc = modelToYDoc(sample);
    const fragment = doc.getXmlFragment('default');
    const block = findBlock(fragment, 'p-listen');
    if (!block) throw new Error('no block');
    const anchor = createAnchor(block, 4, 16, 'practitioner');
    if (!anchor.ok) throw new Error('not anchored');
    expect(placeOf(reload(doc).numbering, 'p-listen')).toMatchObject({
      clauseNumber: '2.2',
      provisionNumber: '2.2.1',
    });

    // A new clause before 2.2 makes it 2.3; the anchor still finds the same words.
    const inserted = new Y.XmlElement('clause');
    inserted.setAttribute('id', 'c-new');
    // y-prosemirror stores attributes with their JSON types; the typings say string.
    inserted.setAttribute('level', 2 as unknown as string);
    inserted.insert(0, [new Y.XmlText('Inserted')]);
    fragment.insert(3, [inserted]);
    let draft = reload(doc);
    const resolved = resolveAnchor(draft.doc, draft.fragment, anchor.start, anchor.end);
    expect(resolved).toMatchObject({ orphaned: false, blockId: 'p-listen', quote: 'practitioner' });
    expect(placeOf(draft.numbering, 'p-listen')).toMatchObject({
      clauseNumber: '2.3',
      provisionNumber: '2.3.1',
    });

    fragment.delete(5, 1);
    draft = reload(doc);
    expect(resolveAnchor(draft.doc, draft.fragment, anchor.start, anchor.end)).toEqual({
      orphaned: true,
    });
  });

  it('anchor across a cross-reference and relocate a quote whose offsets went stale', () => {
    const doc = modelToYDoc(sample);
    const block = findBlock(doc.getXmlFragment('default'), 'p-listen');
    if (!block) throw new Error('no block');
    const text = blockText(block);
    const from = text.indexOf('judgement');
    const to = text.length;
    const across = createAnchor(block, from, to, null);
    expect(across).toMatchObject({ ok: true, quote: 'judgement (see ).' });
    // Offsets off by five, quote right: the quote wins.
    const stale = createAnchor(block, from + 5, from + 5 + 'judgement'.length, 'judgement');
    expect(stale).toMatchObject({ ok: true, from, to: from + 'judgement'.length });
    expect(createAnchor(block, 0, 3, 'not in this block')).toEqual({
      ok: false,
      reason: 'quote-mismatch',
    });
    expect(createAnchor(block, 5, 5, null)).toEqual({ ok: false, reason: 'empty' });
    expect(createAnchor(block, 5, 500, null)).toEqual({ ok: false, reason: 'out-of-range' });
  });

  it('label notes by kind for the paragraph column', () => {
    const draft = reload(modelToYDoc(sample));
    expect(placeOf(draft.numbering, 'p-note')).toMatchObject({
      clauseNumber: '2.2',
      paragraph: 'Note',
    });
    expect(placeOf(draft.numbering, 'c-fourtwo')).toMatchObject({
      kind: 'clause',
      clauseNumber: '2.2',
    });
    expect(placeOf(draft.numbering, 'p-missing')).toBeNull();
  });
});

import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { assignMissingIds, withFreshIds } from './assign-ids.ts';
import { clause, doc, provision } from './builders.ts';
import { createUniqueIdsPlugin, findIdProblems } from './extensions/unique-ids.ts';
import { ID_PATTERN, isValidId, newId } from './ids.ts';
import { getStandardSchema } from './schema.ts';
import type { ModelNode } from './types.ts';

const ids = (nodes: ModelNode[]) => nodes.map((n) => n.attrs?.id);

describe('ids', () => {
  it('mints short random ids with a type prefix', () => {
    const id = newId('p');
    expect(id).toMatch(/^p-[0-9a-z]{10}$/);
    expect(isValidId(id)).toBe(true);
    expect(new Set(Array.from({ length: 1000 }, () => newId('c'))).size).toBe(1000);
    expect(ID_PATTERN.test('p-"><script')).toBe(false);
  });

  it('assignMissingIds fills missing and invalid ids and re-mints later duplicates', () => {
    const input = doc(
      clause('c-aaaaaaaaaa', 1, 'A'),
      provision('p-aaaaaaaaaa', 'statement', 'first'),
      provision('p-aaaaaaaaaa', 'statement', 'copy'),
      provision(null, 'statement', 'none'),
      provision('bad id', 'statement', 'bad'),
    );
    const out = assignMissingIds(input);
    const result = ids(out.content);
    expect(result.slice(0, 2)).toEqual(['c-aaaaaaaaaa', 'p-aaaaaaaaaa']);
    expect(
      result.slice(2).every((id) => typeof id === 'string' && /^p-[0-9a-z]{10}$/.test(id)),
    ).toBe(true);
    expect(new Set(result).size).toBe(5);
    expect(ids(input.content)[3]).toBeNull(); // the input is not mutated
    expect(ids(assignMissingIds(out).content)).toEqual(result); // idempotent
  });

  it('withFreshIds gives a copied fragment new ids', () => {
    const copy = withFreshIds(provision('p-aaaaaaaaaa', 'note', 'x'));
    expect(copy.attrs?.id).not.toBe('p-aaaaaaaaaa');
    expect(copy.attrs?.kind).toBe('note');
  });
});

describe('unique-ids plugin', () => {
  const schema = getStandardSchema();
  const start = () =>
    EditorState.create({
      schema,
      doc: schema.nodeFromJSON(
        doc(
          clause('c-aaaaaaaaaa', 1, 'A'),
          provision('p-aaaaaaaaaa', 'requirement', 'Hello world'),
        ),
      ),
      plugins: [createUniqueIdsPlugin()],
    });

  it('gives the second half of a split a fresh id and keeps the kind', () => {
    const state = start();
    // Position inside "Hello world": after the clause (3 + 1) and "Hello ".
    const pos = state.doc.child(0).nodeSize + 1 + 'Hello '.length;
    const { state: next } = state.applyTransaction(state.tr.split(pos));
    const json = next.doc.toJSON() as { content: ModelNode[] };
    expect(ids(json.content).slice(0, 2)).toEqual(['c-aaaaaaaaaa', 'p-aaaaaaaaaa']);
    expect(json.content[2]?.attrs).toMatchObject({ kind: 'requirement' });
    expect(isValidId(json.content[2]?.attrs?.id)).toBe(true);
    expect(findIdProblems(next.doc)).toEqual([]);
  });

  it('keeps the id on the first of two duplicates (pasted copy gets a new one)', () => {
    const state = start();
    const copy = schema.nodeFromJSON(provision('p-aaaaaaaaaa', 'requirement', 'copy'));
    const { state: next } = state.applyTransaction(state.tr.insert(state.doc.content.size, copy));
    const json = next.doc.toJSON() as { content: ModelNode[] };
    expect(json.content[1]?.attrs?.id).toBe('p-aaaaaaaaaa');
    expect(json.content[2]?.attrs?.id).not.toBe('p-aaaaaaaaaa');
    expect(isValidId(json.content[2]?.attrs?.id)).toBe(true);
  });

  it('leaves valid unique ids alone (no transaction appended)', () => {
    const state = start();
    const { transactions } = state.applyTransaction(state.tr.insertText('!', 2));
    expect(transactions).toHaveLength(1);
  });

  it('never gives the empty placeholder document an id (that would make clients seed Yjs)', () => {
    const state = start();
    const { state: next } = state.applyTransaction(state.tr.delete(0, state.doc.content.size));
    expect(next.doc.toJSON()).toEqual({
      type: 'doc',
      content: [{ type: 'provision', attrs: { id: null, kind: 'statement' } }],
    });
    const { state: typed } = next.applyTransaction(next.tr.insertText('a', 1));
    expect(isValidId(typed.doc.child(0).attrs.id)).toBe(true);
  });
});

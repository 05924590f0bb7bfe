import { Node as PMNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { describe, expect, it } from 'vitest';
import { clause, doc, getStandardSchema, provision, text } from '../../../model/index.ts';
import { changedBlocks, replaceChangedBlocks } from './changed-blocks.ts';

const schema = getStandardSchema();
const node = (json: unknown) => PMNode.fromJSON(schema, json);

/** Five blocks: a clause and four provisions, each with its own text. */
function fiveBlocks(): PMNode {
  return node(
    doc(
      clause('c-aaaa', 1, 'Scope'),
      provision('p-aaaa', 'requirement', text('The practitioner shall listen.')),
      provision('p-bbbb', 'note', text('Children may disclose gradually.')),
      provision('p-cccc', 'recommendation', text('Records should be kept.')),
      provision('p-dddd', 'statement', text('Illustrative content.')),
    ),
  );
}

/** A copy of `block` with other text (a new node object, as an edit gives). */
function retext(block: PMNode, value: string): PMNode {
  return node({ ...(block.toJSON() as object), content: [{ type: 'text', text: value }] });
}

/** The same document with block `index` replaced by `replacement` (other children shared). */
function withBlock(old: PMNode, index: number, replacement: PMNode): PMNode {
  return old.copy(old.content.replaceChild(index, replacement));
}

describe('changed top-level blocks', () => {
  it('finds nothing when every child is the same object', () => {
    const old = fiveBlocks();
    expect(changedBlocks(old.content, old.copy(old.content).content)).toBeNull();
  });

  it('finds the one block that changed, trimming shared children from both ends', () => {
    const old = fiveBlocks();
    const next = withBlock(old, 2, retext(old.child(2), 'Children may tell in their own time.'));
    expect(changedBlocks(old.content, next.content)).toEqual({ start: 2, endOld: 3, endNew: 3 });
  });

  it('treats an equal but rebuilt block as changed (identity, never a deep comparison)', () => {
    const old = fiveBlocks();
    const rebuilt = node(old.child(3).toJSON());
    expect(rebuilt.eq(old.child(3))).toBe(true);
    expect(changedBlocks(old.content, withBlock(old, 3, rebuilt).content)).toEqual({
      start: 3,
      endOld: 4,
      endNew: 4,
    });
  });

  it('covers insertions and deletions', () => {
    const old = fiveBlocks();
    const inserted = old.copy(
      old.content.addToStart(node(provision('p-eeee', 'example', text('An example.')))),
    );
    expect(changedBlocks(old.content, inserted.content)).toEqual({
      start: 0,
      endOld: 0,
      endNew: 1,
    });
    const deleted = old.copy(old.content.cut(0, old.content.size - old.child(4).nodeSize));
    expect(deleted.childCount).toBe(4);
    expect(changedBlocks(old.content, deleted.content)).toEqual({ start: 4, endOld: 5, endNew: 4 });
  });
});

describe('replacing only the changed blocks', () => {
  it('ends equal to the new document, keeps untouched blocks, and maps positions around the change', () => {
    const old = fiveBlocks();
    const edited = retext(old.child(2), 'Children may tell in their own time.');
    const next = withBlock(old, 2, edited);
    const tr = replaceChangedBlocks(new Transform(old), next.content);
    expect(tr.doc.eq(next)).toBe(true);
    expect(tr.steps).toHaveLength(1);
    // Blocks before and after the change are the very same node objects.
    expect(tr.doc.child(0)).toBe(old.child(0));
    expect(tr.doc.child(4)).toBe(old.child(4));
    // A position inside an untouched later block maps exactly, shifted by the length change.
    const inLast = old.content.size - 3;
    const shift = edited.nodeSize - old.child(2).nodeSize;
    expect(tr.mapping.map(inLast)).toBe(inLast + shift);
    // And one before the change does not move at all.
    expect(tr.mapping.map(3)).toBe(3);
  });

  it('does nothing when nothing changed', () => {
    const old = fiveBlocks();
    const tr = replaceChangedBlocks(new Transform(old), old.content);
    expect(tr.steps).toHaveLength(0);
  });
});

// Two peers editing concurrently through Yjs, as y-tiptap's binding does, with the ids plugin.
import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { initProseMirrorDoc, updateYFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clause, doc, provision } from './builders.ts';
import { createUniqueIdsPlugin, findIdProblems } from './extensions/unique-ids.ts';
import { getStandardSchema } from './schema.ts';
import type { ModelNode } from './types.ts';
import { YJS_FIELD, modelToYUpdate, yDocToModel } from './ydoc.ts';

const schema = getStandardSchema();

class Peer {
  readonly ydoc = new Y.Doc();
  readonly fragment = this.ydoc.getXmlFragment(YJS_FIELD);
  state!: EditorState;
  private meta!: ReturnType<typeof initProseMirrorDoc>['meta'];

  constructor(seed: Uint8Array) {
    Y.applyUpdate(this.ydoc, seed);
    this.reload();
  }

  /** Re-render from Yjs, as the binding does after remote changes. */
  reload(): void {
    const init = initProseMirrorDoc(this.fragment, schema);
    this.meta = init.meta;
    this.state = EditorState.create({ schema, doc: init.doc, plugins: [createUniqueIdsPlugin()] });
  }

  /** A local edit: the plugin appends its fix, then the result is written to Yjs. */
  edit(make: (state: EditorState) => Transaction): void {
    this.state = this.state.applyTransaction(make(this.state)).state;
    this.ydoc.transact(() => updateYFragment(this.ydoc, this.fragment, this.state.doc, this.meta));
  }

  ids(): unknown[] {
    return yDocToModel(this.ydoc).content.map((n) => n.attrs?.id);
  }
}

function sync(a: Peer, b: Peer): void {
  Y.applyUpdate(b.ydoc, Y.encodeStateAsUpdate(a.ydoc, Y.encodeStateVector(b.ydoc)));
  Y.applyUpdate(a.ydoc, Y.encodeStateAsUpdate(b.ydoc, Y.encodeStateVector(a.ydoc)));
  a.reload();
  b.reload();
}

// Position just after `text` inside the top-level child at `index`.
function posIn(d: PMNode, index: number, offset: number): number {
  let pos = 0;
  for (let i = 0; i < index; i += 1) pos += d.child(i).nodeSize;
  return pos + 1 + offset;
}

describe('ids under concurrent Yjs editing', () => {
  const seed = modelToYUpdate(
    doc(
      clause('c-aaaaaaaaaa', 1, 'Identification'),
      provision('p-aaaaaaaaa1', 'requirement', 'Staff shall look for indicators.'),
      provision('p-aaaaaaaaa2', 'recommendation', 'Staff should record them.'),
    ),
  );

  it('keeps ids and uniqueness when both peers split, paste and edit at once', () => {
    const a = new Peer(seed);
    const b = new Peer(seed);
    // A splits provision 1 and types into provision 2.
    a.edit((s) => s.tr.split(posIn(s.doc, 1, 'Staff shall look'.length)));
    a.edit((s) => s.tr.insertText(' always', posIn(s.doc, 3, 'Staff should record'.length)));
    // B pastes a copy of provision 2 (same id) and splits provision 1 elsewhere.
    b.edit((s) => s.tr.insert(s.doc.content.size, s.doc.child(2)));
    b.edit((s) => s.tr.split(posIn(s.doc, 1, 'Staff'.length)));

    sync(a, b);
    const ids = a.ids();
    expect(b.ids()).toEqual(ids);
    expect(ids[0]).toBe('c-aaaaaaaaaa');
    expect(ids).toContain('p-aaaaaaaaa1');
    expect(ids).toContain('p-aaaaaaaaa2');
    expect(new Set(ids).size).toBe(ids.length);
    expect(findIdProblems(a.state.doc)).toEqual([]);
    // The original kept its id and A's concurrent text edit.
    const texts = yDocToModel(a.ydoc).content.map((n: ModelNode) => n.content?.[0]?.text);
    expect(texts[ids.indexOf('p-aaaaaaaaa2')]).toBe('Staff should record always them.');
  });

  it('converges without ping-pong when both peers fix the same loaded duplicate', () => {
    const dup = modelToYUpdate(
      doc(
        provision('p-aaaaaaaaa1', 'statement', 'one'),
        provision('p-aaaaaaaaa1', 'statement', 'two'),
      ),
    );
    const a = new Peer(dup);
    const b = new Peer(dup);
    a.edit((s) => s.tr.insertText('A', 1));
    b.edit((s) => s.tr.insertText('B', 1));
    sync(a, b);
    const ids = a.ids();
    expect(b.ids()).toEqual(ids);
    expect(ids[0]).toBe('p-aaaaaaaaa1'); // the first in document order keeps it
    expect(new Set(ids).size).toBe(2);
    // After convergence nothing is left to fix: a further edit appends no id transaction.
    const { transactions } = a.state.applyTransaction(a.state.tr.insertText('x', 1));
    expect(transactions).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  redundantCopies,
  removeRedundantCopies,
  watchForDuplicateCopies,
} from './duplicate-copies.ts';

function block(id: string, text: string): Y.XmlElement {
  const element = new Y.XmlElement('provision');
  element.setAttribute('id', id);
  element.setAttribute('kind', 'requirement');
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

/** A peer with blocks a, b, c, d (illustrative text), all peers sharing the same start. */
function peers(count: number): Y.Doc[] {
  const first = new Y.Doc();
  first.getXmlFragment('default').insert(
    0,
    ['a', 'b', 'c', 'd'].map((id) => block(`p-${id}`, `Provision ${id}.`)),
  );
  const start = Y.encodeStateAsUpdate(first);
  return Array.from({ length: count }, () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, start);
    return doc;
  });
}

const sync = (docs: Y.Doc[]) => {
  for (const from of docs)
    for (const to of docs) if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from));
};
const ids = (doc: Y.Doc) =>
  doc
    .getXmlFragment('default')
    .toArray()
    .map((el) => (el as Y.XmlElement).getAttribute('id'));

/** What the editor writes for "move block `from` to `to`": delete, then re-create a copy. */
function move(doc: Y.Doc, from: number, to: number): void {
  const fragment = doc.getXmlFragment('default');
  doc.transact(() => {
    const element = fragment.get(from) as Y.XmlElement;
    const copy = element.clone();
    fragment.delete(from, 1);
    fragment.insert(to, [copy]);
  });
}

describe('identical copies left by two people making the same move', () => {
  it('the same move on two peers leaves two copies; both peers remove the same one', () => {
    const [alice, bob] = peers(2) as [Y.Doc, Y.Doc];
    move(alice, 3, 0);
    move(bob, 3, 0);
    sync([alice, bob]);
    expect(ids(alice)).toEqual(['p-d', 'p-d', 'p-a', 'p-b', 'p-c']);

    // Each removes the redundant copy on its own, before hearing from the other.
    expect(removeRedundantCopies(alice.getXmlFragment('default'))).toBe(1);
    expect(removeRedundantCopies(bob.getXmlFragment('default'))).toBe(1);
    sync([alice, bob]);
    // One copy stays, not zero: both deleted the same Yjs item.
    expect(ids(alice)).toEqual(['p-d', 'p-a', 'p-b', 'p-c']);
    expect(alice.getXmlFragment('default').toJSON()).toBe(bob.getXmlFragment('default').toJSON());
  });

  it('different moves of the same block keep one of them, the same on every peer', () => {
    const [alice, bob, carol] = peers(3) as [Y.Doc, Y.Doc, Y.Doc];
    move(alice, 3, 0);
    move(bob, 3, 1);
    sync([alice, bob, carol]);
    for (const doc of [alice, bob, carol]) removeRedundantCopies(doc.getXmlFragment('default'));
    sync([alice, bob, carol]);
    const result = ids(alice);
    expect(result.filter((id) => id === 'p-d')).toHaveLength(1);
    expect(ids(bob)).toEqual(result);
    expect(ids(carol)).toEqual(result);
  });

  it('leaves copies that differ alone: someone already wrote in one', () => {
    const [alice, bob] = peers(2) as [Y.Doc, Y.Doc];
    move(alice, 3, 0);
    move(bob, 3, 0);
    const bobsCopy = bob.getXmlFragment('default').get(0) as Y.XmlElement;
    (bobsCopy.get(0) as Y.XmlText).insert(0, 'Revised: ');
    sync([alice, bob]);
    expect(redundantCopies(alice.getXmlFragment('default'))).toEqual([]);
    expect(ids(alice).filter((id) => id === 'p-d')).toHaveLength(2);
  });

  it('watching: a remote change that brings a copy is cleaned up after it is applied', async () => {
    const [alice, bob] = peers(2) as [Y.Doc, Y.Doc];
    const stop = watchForDuplicateCopies(alice.getXmlFragment('default'));
    move(alice, 3, 0);
    move(bob, 3, 0);
    // Alice's own move is local: nothing to do.
    await Promise.resolve();
    expect(ids(alice)).toEqual(['p-d', 'p-a', 'p-b', 'p-c']);
    Y.applyUpdate(alice, Y.encodeStateAsUpdate(bob));
    expect(ids(alice)).toHaveLength(5);
    await Promise.resolve();
    expect(ids(alice)).toEqual(['p-d', 'p-a', 'p-b', 'p-c']);
    stop();
  });
});

// Two people making the same move at once (or one offline) both re-create the moved blocks,
// since Yjs 13 has no move: the draft then holds two identical copies, same id and same text.
// Every editor removes the same redundant copy, chosen from Yjs item ids that all peers share,
// so deletions by several peers at once agree and nothing else is touched.
import * as Y from 'yjs';

/** Transaction origin of the clean-up: not the editor's own, so not in anyone's undo. */
export const DUPLICATE_CLEANUP = Symbol('accord:duplicate-copy-cleanup');

/** Who created a block first: lower client id, then lower clock. Same answer on every peer. */
function createdBefore(a: Y.XmlElement, b: Y.XmlElement): boolean {
  const ia = a._item?.id;
  const ib = b._item?.id;
  if (!ia || !ib) return false;
  return ia.client !== ib.client ? ia.client < ib.client : ia.clock < ib.clock;
}

/**
 * Use to find the top-level blocks that repeat another block exactly (same id, same content):
 * all copies but the one created first. Copies that differ (someone already wrote in one)
 * are not returned; the id rule gives them fresh ids instead. Pure; reads the fragment only.
 */
export function redundantCopies(fragment: Y.XmlFragment): Y.XmlElement[] {
  const byId = new Map<string, Y.XmlElement[]>();
  for (const child of fragment.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    const id = child.getAttribute('id');
    if (typeof id !== 'string' || id === '') continue;
    const group = byId.get(id);
    if (group) group.push(child);
    else byId.set(id, [child]);
  }
  const redundant: Y.XmlElement[] = [];
  for (const group of byId.values()) {
    if (group.length < 2) continue;
    // Serialised only for repeated ids: sorted attributes and the full content.
    const byContent = new Map<string, Y.XmlElement[]>();
    for (const element of group) {
      const key = element.toJSON();
      byContent.set(key, [...(byContent.get(key) ?? []), element]);
    }
    for (const same of byContent.values()) {
      if (same.length < 2) continue;
      const first = same.reduce((a, b) => (createdBefore(b, a) ? b : a));
      redundant.push(...same.filter((element) => element !== first));
    }
  }
  return redundant;
}

/** Use to delete the redundant copies in one transaction; returns how many were removed. */
export function removeRedundantCopies(fragment: Y.XmlFragment): number {
  const redundant = new Set(redundantCopies(fragment));
  if (redundant.size === 0 || !fragment.doc) return 0;
  fragment.doc.transact(() => {
    // From the end, so the indices of the rest stay valid.
    const children = fragment.toArray();
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child instanceof Y.XmlElement && redundant.has(child)) fragment.delete(i, 1);
    }
  }, DUPLICATE_CLEANUP);
  return redundant.size;
}

/**
 * Use once per open draft: after each remote change that adds top-level blocks, remove
 * identical copies. Runs after the change's observers, outside its transaction.
 * Returns a function that stops watching.
 */
export function watchForDuplicateCopies(fragment: Y.XmlFragment): () => void {
  let scheduled = false;
  const observer = (event: Y.YXmlEvent, transaction: Y.Transaction): void => {
    if (transaction.local || scheduled || event.changes.added.size === 0) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      removeRedundantCopies(fragment);
    });
  };
  fragment.observe(observer);
  return () => fragment.unobserve(observer);
}

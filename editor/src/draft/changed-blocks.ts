// Pure helpers: which top-level blocks differ between two documents, compared by node identity.
import type { Fragment, Node as PMNode } from '@tiptap/pm/model';
import type { Transform } from '@tiptap/pm/transform';

export interface ChangedBlocks {
  /** Index of the first differing child (the same in both). */
  start: number;
  /** Index after the last differing child of the old content. */
  endOld: number;
  /** Index after the last differing child of the new content. */
  endNew: number;
}

/**
 * Use to find the run of top-level children that differ between `old` and `next`, trimming
 * identical (===) children from both ends; null when every child is the same object.
 * Costs one identity check per unchanged child, never a deep comparison.
 */
export function changedBlocks(old: Fragment, next: Fragment): ChangedBlocks | null {
  const min = Math.min(old.childCount, next.childCount);
  let start = 0;
  while (start < min && old.child(start) === next.child(start)) start += 1;
  if (start === old.childCount && start === next.childCount) return null;
  let endOld = old.childCount;
  let endNew = next.childCount;
  while (endOld > start && endNew > start && old.child(endOld - 1) === next.child(endNew - 1)) {
    endOld -= 1;
    endNew -= 1;
  }
  return { start, endOld, endNew };
}

/**
 * Use instead of replacing a whole document with `next`: replaces only the changed top-level
 * blocks, so positions, selections and decorations elsewhere map exactly and ProseMirror
 * redraws only those blocks. The result holds `next`'s node objects.
 */
export function replaceChangedBlocks<T extends Transform>(tr: T, next: Fragment): T {
  const old = tr.doc.content;
  const range = changedBlocks(old, next);
  if (!range) return tr;
  let from = 0;
  for (let i = 0; i < range.start; i += 1) from += old.child(i).nodeSize;
  let to = from;
  for (let i = range.start; i < range.endOld; i += 1) to += old.child(i).nodeSize;
  const nodes: PMNode[] = [];
  for (let i = range.start; i < range.endNew; i += 1) nodes.push(next.child(i));
  tr.replaceWith(from, to, nodes);
  return tr;
}

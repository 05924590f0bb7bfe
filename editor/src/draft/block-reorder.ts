// Moving top-level blocks in Yjs. Yjs 13 has no move: a moved block is deleted and re-created,
// and whatever someone else types into the old copy at that moment (or offline) is lost with
// it. Swapping two clauses can be written either way round ("4 up" is "3 down"), so we keep
// in place the blocks others are working in, then the biggest, and re-create the rest.
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { forgetTopLevelChildren } from './relative-selection.ts';

/**
 * Use to pick the blocks that stay: `order[i]` is the old index of the block now at `i`.
 * Returns the old indices of the heaviest subsequence whose relative order is unchanged.
 */
export function blocksToKeep(
  order: readonly number[],
  weight: (old: number) => number,
): Set<number> {
  const n = order.length;
  // Blocks before the first and after the last change keep their place: no search needed.
  let start = 0;
  while (start < n && order[start] === start) start += 1;
  let end = n;
  while (end > start && order[end - 1] === end - 1) end -= 1;
  const keep = new Set<number>();
  for (let i = 0; i < start; i += 1) keep.add(i);
  for (let i = end; i < n; i += 1) keep.add(i);
  // Heaviest increasing subsequence of the changed middle (quadratic; the middle of a move
  // is two sections, not the whole standard).
  const m = end - start;
  const best = new Array<number>(m).fill(0);
  const prev = new Array<number>(m).fill(-1);
  const own = order.slice(start, end).map((old) => weight(old));
  for (let i = 0; i < m; i += 1) {
    const oi = order[start + i] ?? 0;
    const w = own[i] ?? 0;
    best[i] = w;
    for (let j = 0; j < i; j += 1) {
      const candidate = (best[j] ?? 0) + w;
      if ((order[start + j] ?? 0) < oi && candidate > (best[i] ?? 0)) {
        best[i] = candidate;
        prev[i] = j;
      }
    }
  }
  let at = -1;
  for (let i = 0; i < m; i += 1) if (at < 0 || (best[i] ?? 0) > (best[at] ?? 0)) at = i;
  for (; at >= 0; at = prev[at] ?? -1) keep.add(order[start + at] ?? 0);
  return keep;
}

interface CursorJson {
  anchor?: unknown;
  head?: unknown;
}

/**
 * Where others' carets are, and were: someone who dropped off may be typing offline, so
 * the last caret of each person seen in this tab is kept (until they come back with a new
 * one). Best effort: a tab opened after they left never saw their caret.
 */
interface OthersCarets {
  awareness: Awareness;
  lastSeen: Map<number, { cursor: CursorJson; name: string }>;
}

/** Enough for any working group; the oldest entries go first. */
const MAX_REMEMBERED = 500;

const caretsByDoc = new WeakMap<Y.Doc, OthersCarets>();

/** Use once per draft, so moves know where the others' carets are (and recently were). */
export function trackOthersFor(awareness: Awareness): void {
  const carets: OthersCarets = { awareness, lastSeen: new Map() };
  const record = (): void => {
    for (const [client, state] of awareness.getStates()) {
      const { cursor, user } = state as {
        cursor?: CursorJson | null;
        user?: { name?: unknown };
      };
      if (client === awareness.clientID || !cursor) continue;
      const name = typeof user?.name === 'string' ? user.name : '';
      carets.lastSeen.delete(client); // re-inserted last: the map stays oldest-first
      carets.lastSeen.set(client, { cursor, name });
    }
    for (const client of carets.lastSeen.keys()) {
      if (carets.lastSeen.size <= MAX_REMEMBERED) break;
      carets.lastSeen.delete(client);
    }
  };
  record(); // carets already here when the draft opened
  awareness.on('change', record);
  caretsByDoc.set(awareness.doc, carets);
}

/** The top-level block (of `fragment`) holding a position, if it still exists. */
function blockAt(fragment: Y.XmlFragment, doc: Y.Doc, json: unknown): unknown {
  const abs = Y.createAbsolutePositionFromRelativePosition(
    Y.createRelativePositionFromJSON(json),
    doc,
  );
  if (!abs) return null;
  if (abs.type === fragment) return fragment.get(abs.index);
  let type: Y.AbstractType<unknown> | null = abs.type;
  while (type && type.parent !== fragment) type = type.parent;
  return type;
}

/** The top-level blocks (of `fragment`) in which others have, or last had, their caret. */
export function blocksWithOthers(fragment: Y.XmlFragment): Set<unknown> {
  return new Set(othersCarets(fragment).map((caret) => caret.block));
}

/** Each other person's caret (current or last seen) with the top-level block it is in. */
function othersCarets(fragment: Y.XmlFragment): { block: unknown; name: string }[] {
  const found: { block: unknown; name: string }[] = [];
  const doc = fragment.doc;
  const carets = doc ? caretsByDoc.get(doc) : undefined;
  if (!doc || !carets) return found;
  for (const { cursor, name } of carets.lastSeen.values()) {
    for (const json of [cursor.anchor, cursor.head]) {
      const block = json ? blockAt(fragment, doc, json) : null;
      if (block) found.push({ block, name });
    }
  }
  return found;
}

/**
 * Use before a move: the names of the others whose caret is (or last was) in the top-level
 * blocks `from`..`to` (exclusive), each once.
 */
export function othersWritingIn(fragment: Y.XmlFragment, from: number, to: number): string[] {
  const blocks = new Set<unknown>(fragment.slice(from, to));
  const names = othersCarets(fragment)
    .filter((caret) => blocks.has(caret.block))
    .map((caret) => caret.name);
  return [...new Set(names)];
}

/** The parts of y-tiptap's binding a reorder needs. */
export interface ReorderBinding {
  doc: Y.Doc;
  type: Y.XmlFragment;
  mapping: Map<unknown, unknown>;
}

/**
 * Use to tell a pure reorder: when the new document's top-level blocks are the old ones (the
 * very same node objects) in another order, returns for each new position the old index.
 */
export function reorderOf(
  binding: ReorderBinding,
  children: readonly unknown[],
  doc: PMNode,
): number[] | null {
  if (children.length !== doc.childCount) return null;
  const oldIndex = new Map<PMNode, number>();
  children.forEach((child, i) => {
    const node = binding.mapping.get(child) as PMNode | undefined;
    if (node) oldIndex.set(node, i);
  });
  const order: number[] = [];
  for (let i = 0; i < doc.childCount; i += 1) {
    const old = oldIndex.get(doc.child(i));
    if (old === undefined) return null;
    oldIndex.delete(doc.child(i)); // each old block once
    order.push(old);
  }
  return order;
}

/**
 * Use inside the binding's own Yjs transaction: writes a reorder found by `reorderOf`,
 * re-creating (with `fill`, y-tiptap's writer) only the blocks that cannot stay.
 */
export function applyReorder(
  binding: ReorderBinding,
  children: readonly unknown[],
  doc: PMNode,
  order: readonly number[],
  fill: (element: Y.XmlElement, node: PMNode) => void,
): void {
  const busy = blocksWithOthers(binding.type);
  // Someone's caret outweighs any amount of text; otherwise keep the most text in place.
  const weight = (old: number): number =>
    (busy.has(children[old]) ? 1e9 : 0) +
    1 +
    ((binding.mapping.get(children[old]) as PMNode | undefined)?.nodeSize ?? 0);
  const keep = blocksToKeep(order, weight);
  for (let old = children.length - 1; old >= 0; old -= 1) {
    if (keep.has(old)) continue;
    binding.type.delete(old, 1);
    binding.mapping.delete(children[old]);
  }
  order.forEach((old, i) => {
    if (keep.has(old)) return;
    const node = doc.child(i);
    const element = new Y.XmlElement(node.type.name);
    binding.type.insert(i, [element]);
    fill(element, node);
    binding.mapping.set(element, node);
  });
  binding.mapping.set(binding.type, doc);
  // The cached child list is dropped when the transaction ends; positions taken before
  // that (the binding's selection) must already see the new order.
  forgetTopLevelChildren(binding.type);
}

// The model's unique-ids rule, checked only when a transaction could break it.
import { Extension } from '@tiptap/core';
import type { Node as PMNode, Slice } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import {
  AddMarkStep,
  AddNodeMarkStep,
  AttrStep,
  RemoveMarkStep,
  RemoveNodeMarkStep,
  ReplaceStep,
  type Step,
} from '@tiptap/pm/transform';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import {
  createUniqueIdsPlugin,
  hasIdAttr,
  isValidId,
  type LeaveAlone,
} from '../../../model/index.ts';

function idsIn(nodes: { forEach(f: (node: PMNode) => void): void }, out: string[]): boolean {
  let valid = true;
  const visit = (node: PMNode): void => {
    if (hasIdAttr(node.type.name)) {
      const id: unknown = node.attrs.id;
      if (isValidId(id)) out.push(id);
      else valid = false;
    }
    if (!node.isTextblock) node.forEach(visit);
  };
  nodes.forEach(visit);
  return valid;
}

function hasIdNode(slice: Slice): boolean {
  let found = false;
  slice.content.descendants((node) => {
    if (hasIdAttr(node.type.name)) found = true;
    return !found && !node.isTextblock;
  });
  return found;
}

/**
 * Whether a step leaves the document's multiset of ids as it was (so a document with unique
 * ids keeps them): text and mark edits, deletions, and whole top-level blocks replaced by
 * blocks with the same ids — a remote keystroke reaches the editor as the last kind.
 */
function keepsIds(step: Step, before: PMNode): boolean {
  if (
    step instanceof AddMarkStep ||
    step instanceof RemoveMarkStep ||
    step instanceof AddNodeMarkStep ||
    step instanceof RemoveNodeMarkStep
  )
    return true;
  if (step instanceof AttrStep) return step.attr !== 'id';
  if (!(step instanceof ReplaceStep)) return false;
  const { from, to, slice } = step as ReplaceStep & { from: number; to: number; slice: Slice };
  if (!hasIdNode(slice)) return true;
  if (slice.openStart !== 0 || slice.openEnd !== 0) return false;
  if (before.resolve(from).depth !== 0 || before.resolve(to).depth !== 0) return false;
  const removed: string[] = [];
  const added: string[] = [];
  if (!idsIn(before.slice(from, to).content, removed) || !idsIn(slice.content, added)) return false;
  if (removed.length !== added.length) return false;
  removed.sort();
  added.sort();
  return removed.every((id, i) => id === added[i]);
}

function keepsAllIds(transactions: readonly Transaction[]): boolean {
  return transactions.every((tr) =>
    tr.steps.every((step, i) => keepsIds(step, tr.docs[i] ?? tr.doc)),
  );
}

/**
 * After a remote change, a top-level block that repeats an earlier one exactly (same id, same
 * content) is a copy left by two people making the same move; `duplicate-copies.ts` deletes
 * it on every peer alike. Giving it a fresh id here instead would keep the clause twice.
 */
function identicalRemoteCopies(transactions: readonly Transaction[], doc: PMNode): LeaveAlone {
  const remote = transactions.some(
    (tr) =>
      (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin,
  );
  if (!remote) return () => false;
  let firstById: Map<string, PMNode> | null = null;
  return ({ pos, node }) => {
    if (doc.resolve(pos).depth !== 0) return false;
    if (!firstById) {
      firstById = new Map();
      for (let i = 0; i < doc.childCount; i += 1) {
        const child = doc.child(i);
        const id: unknown = child.attrs.id;
        if (typeof id === 'string' && !firstById.has(id)) firstById.set(id, child);
      }
    }
    const first = firstById.get(node.attrs.id as string);
    return first !== undefined && first.eq(node);
  };
}

/**
 * Use in the editor in place of the model's UniqueIds: the same fix (fresh ids for missing,
 * invalid or duplicated ones), but the whole-document scan runs only after a step that can
 * add ids — typing, and remote keystrokes, no longer scan 9,000 blocks each.
 */
export const IncrementalUniqueIds = Extension.create({
  name: 'uniqueIds',
  addProseMirrorPlugins() {
    return [createUniqueIdsPlugin({ keepsIds: keepsAllIds, leaveAlone: identicalRemoteCopies })];
  },
});

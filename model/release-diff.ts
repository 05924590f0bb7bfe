// Release diff: what changed between two versions, by stable id (clauses, provisions, terms, lists, tables).
import { diffWords } from 'diff';
import type { ChangeMark } from './html/to-hast.ts';
import { stableStringify } from './canonical.ts';
import { tableCaption } from './table-numbers.ts';
import { computeNumbering, type Numbering } from './numbering.ts';
import { plainText } from './text.ts';
import type { ModelDoc, ModelNode } from './types.ts';

/** A word-level piece of a changed text: kept, added or removed. */
export interface WordChange {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** How one id-carrying top-level node changed between two versions. */
export interface NodeChange {
  id: string;
  nodeType: string;
  status: 'added' | 'removed' | 'kept';
  /** Kept nodes only: now under another clause, or reordered among its siblings. */
  moved: boolean;
  /** Kept nodes only: the derived number differs. */
  renumbered: boolean;
  /** Kept nodes only: text or attributes (kind, level, term…) differ. */
  changed: boolean;
  /** Names of attributes that changed (kept nodes). */
  changedAttrs: string[];
  oldNumber: string | null;
  newNumber: string | null;
  /** Owning clause (parent clause for clauses) in each version. */
  oldClauseId: string | null;
  newClauseId: string | null;
  oldText: string | null;
  newText: string | null;
  /** Word-level diff of the plain text when `changed` and the text differs. */
  words: WordChange[] | null;
}

export interface ReleaseDiff {
  /** Every id-carrying top-level node of either version, in new-document order, removed ones last. */
  changes: NodeChange[];
  added: NodeChange[];
  removed: NodeChange[];
  moved: NodeChange[];
  renumbered: NodeChange[];
  changed: NodeChange[];
}

interface Located {
  node: ModelNode;
  index: number;
  /** Owning clause (for a clause: its parent clause). */
  clauseId: string | null;
  number: string | null;
}

function locate(doc: ModelDoc, numbering: Numbering): Map<string, Located> {
  const out = new Map<string, Located>();
  let clauseId: string | null = null;
  doc.content.forEach((node, index) => {
    const id = node.attrs?.id;
    const entry = numbering.byIndex[index];
    if (entry?.type === 'clause') clauseId = entry.id;
    if (typeof id !== 'string' || id === '' || out.has(id)) return;
    const owner = entry?.type === 'clause' ? entry.parentId : clauseId;
    out.set(id, { node, index, clauseId: owner, number: entry?.number ?? null });
  });
  return out;
}

// Indices (into `seq`) of a longest increasing subsequence: the nodes that did not move.
function stableSet(seq: number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array<number>(seq.length).fill(-1);
  seq.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((seq[tails[mid] as number] as number) < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1] as number;
    tails[lo] = i;
  });
  const keep = new Set<number>();
  let k = tails.at(-1) ?? -1;
  while (k >= 0) {
    keep.add(k);
    k = prev[k] as number;
  }
  return keep;
}

function attrsWithoutId(node: ModelNode): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  // Absent and null mean the same: releases frozen before an attribute existed lack its key.
  for (const [key, value] of Object.entries(node.attrs ?? {}))
    if (key !== 'id' && value !== null && value !== undefined) rest[key] = value;
  return rest;
}

function textOf(node: ModelNode, numbering: Numbering): string {
  const ref = (target: string): string => numbering.byId.get(target)?.number ?? '?';
  // A table's title is part of what a reader sees, so a new title shows in the word changes.
  if (node.type === 'table') return [tableCaption(node), plainText(node, ref)].join(' ').trim();
  if (node.type !== 'term') return plainText(node, ref);
  // A term's text is what a reader sees: the term, its alternatives, the definition.
  const alternatives: unknown[] = Array.isArray(node.attrs?.alternatives)
    ? (node.attrs.alternatives as unknown[])
    : [];
  const head = [node.attrs?.term, ...alternatives].filter((s) => typeof s === 'string');
  return `${head.join('; ')}: ${plainText(node, ref)}`;
}

/**
 * Use when publishing a release: compares two versions by stable id. `moved` means another
 * parent clause or a new order among siblings; `renumbered` that the derived number changed;
 * `changed` that text or attributes changed (with a word-level diff).
 */
export function releaseDiff(
  oldDoc: ModelDoc,
  newDoc: ModelDoc,
  options: { lang?: string } = {},
): ReleaseDiff {
  const oldNumbering = computeNumbering(oldDoc, options);
  const newNumbering = computeNumbering(newDoc, options);
  const before = locate(oldDoc, oldNumbering);
  const after = locate(newDoc, newNumbering);
  const changes: NodeChange[] = [];

  // Order among siblings: kept nodes grouped by (new owner, clause-or-block), in new order.
  const groups = new Map<string, string[]>();
  for (const [id, now] of after) {
    const was = before.get(id);
    if (!was || was.clauseId !== now.clauseId) continue;
    const key = `${now.node.type === 'clause' ? 'c' : 'b'}:${now.clauseId ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  const reordered = new Set<string>();
  for (const ids of groups.values()) {
    const keep = stableSet(ids.map((id) => before.get(id)?.index ?? 0));
    ids.forEach((id, i) => {
      if (!keep.has(i)) reordered.add(id);
    });
  }

  for (const [id, now] of after) {
    const was = before.get(id);
    const newText = textOf(now.node, newNumbering);
    if (!was) {
      changes.push(change(id, now.node.type, 'added', null, now, null, newText));
      continue;
    }
    const oldText = textOf(was.node, oldNumbering);
    const item = change(id, now.node.type, 'kept', was, now, oldText, newText);
    const oldAttrs = attrsWithoutId(was.node);
    const newAttrs = attrsWithoutId(now.node);
    item.changedAttrs = [...new Set([...Object.keys(oldAttrs), ...Object.keys(newAttrs)])]
      .filter((k) => stableStringify(oldAttrs[k]) !== stableStringify(newAttrs[k]))
      .sort();
    const contentChanged =
      stableStringify(was.node.content ?? []) !== stableStringify(now.node.content ?? []);
    item.changed =
      contentChanged || item.changedAttrs.length > 0 || was.node.type !== now.node.type;
    item.moved = was.clauseId !== now.clauseId || reordered.has(id);
    item.renumbered = was.number !== now.number;
    if (item.changed && oldText !== newText) item.words = diffWords(oldText, newText).map(word);
    changes.push(item);
  }
  for (const [id, was] of before) {
    if (after.has(id)) continue;
    changes.push(
      change(id, was.node.type, 'removed', was, null, textOf(was.node, oldNumbering), null),
    );
  }
  return {
    changes,
    added: changes.filter((c) => c.status === 'added'),
    removed: changes.filter((c) => c.status === 'removed'),
    moved: changes.filter((c) => c.moved),
    renumbered: changes.filter((c) => c.renumbered),
    changed: changes.filter((c) => c.changed),
  };
}

function word(piece: { value: string; added?: boolean; removed?: boolean }): WordChange {
  const out: WordChange = { value: piece.value };
  if (piece.added) out.added = true;
  if (piece.removed) out.removed = true;
  return out;
}

function change(
  id: string,
  nodeType: string,
  status: NodeChange['status'],
  was: Located | null,
  now: Located | null,
  oldText: string | null,
  newText: string | null,
): NodeChange {
  return {
    id,
    nodeType,
    status,
    moved: false,
    renumbered: false,
    changed: false,
    changedAttrs: [],
    oldNumber: was?.number ?? null,
    newNumber: now?.number ?? null,
    oldClauseId: was?.clauseId ?? null,
    newClauseId: now?.clauseId ?? null,
    oldText,
    newText,
    words: null,
  };
}

/**
 * Use for the site's badges: "new" for nodes added since `oldDoc`, "amended" for nodes whose
 * text or attributes changed. Moves and renumbering alone are not marked. Pass the result
 * as `marks` to modelToHtml.
 */
export function releaseMarks(
  oldDoc: ModelDoc | null,
  newDoc: ModelDoc,
  version: string,
  options: { lang?: string } = {},
): Record<string, ChangeMark> {
  if (!oldDoc) return {};
  const marks: Record<string, ChangeMark> = {};
  for (const c of releaseDiff(oldDoc, newDoc, options).changes) {
    if (c.status === 'added') marks[c.id] = { status: 'new', version };
    else if (c.status === 'kept' && c.changed) marks[c.id] = { status: 'amended', version };
  }
  return marks;
}

// Pure helpers over the top level of a standard's ProseMirror document (clauses are flat headings).
import type { Node as PMNode } from '@tiptap/pm/model';
import type { ModelDoc } from '../../../model/index.ts';

/**
 * Use to feed model numbering cheaply: numbering reads only the type and attrs of top-level
 * nodes, so we skip serialising their content (toJSON of a 300-page draft costs milliseconds).
 */
export function topLevelSkeleton(doc: PMNode): ModelDoc {
  const content: ModelDoc['content'] = [];
  doc.forEach((node) => content.push({ type: node.type.name, attrs: node.attrs }));
  return { type: 'doc', content };
}

const NUMBERING_ATTRS = ['id', 'level', 'kind', 'annexType', 'term'] as const;

/** Use to tell whether an edit can change numbering: another count, type or numbering attribute. */
export function sameStructure(a: PMNode, b: PMNode): boolean {
  if (a === b) return true;
  if (a.childCount !== b.childCount) return false;
  for (let i = 0; i < a.childCount; i += 1) {
    const x = a.child(i);
    const y = b.child(i);
    if (x === y) continue;
    if (x.type !== y.type) return false;
    for (const key of NUMBERING_ATTRS) if (x.attrs[key] !== y.attrs[key]) return false;
  }
  return true;
}

/** Use to know whether a clause heading's text changed (the outline shows titles). */
export function clauseTitlesChanged(a: PMNode, b: PMNode): boolean {
  if (a.childCount !== b.childCount) return true;
  for (let i = 0; i < a.childCount; i += 1) {
    const x = a.child(i);
    const y = b.child(i);
    if (x !== y && x.type.name === 'clause' && x.textContent !== y.textContent) return true;
  }
  return false;
}

/** The rank of a clause heading for sections: front matter and annexes are top level. */
export function clauseRank(node: PMNode): number {
  if (node.type.name !== 'clause') return Number.POSITIVE_INFINITY;
  const kind = node.attrs.kind as string;
  return kind === 'clause' ? Math.max(1, Number(node.attrs.level) || 1) : 1;
}

export interface Section {
  /** Index of the heading among the document's children. */
  index: number;
  /** Index after the section's last block. */
  end: number;
  from: number;
  to: number;
  rank: number;
}

/** Offsets of every top-level child (position before it), computed once per call. */
function offsets(doc: PMNode): number[] {
  const out: number[] = [];
  doc.forEach((_node, offset) => out.push(offset));
  out.push(doc.content.size);
  return out;
}

/** Use to find a clause's section: the heading and every block up to the next clause of equal or higher rank. */
export function sectionAt(doc: PMNode, index: number): Section | null {
  const heading = index < doc.childCount ? doc.child(index) : null;
  if (heading?.type.name !== 'clause') return null;
  const rank = clauseRank(heading);
  let end = index + 1;
  while (end < doc.childCount && clauseRank(doc.child(end)) > rank) end += 1;
  const pos = offsets(doc);
  return { index, end, from: pos[index] ?? 0, to: pos[end] ?? doc.content.size, rank };
}

/** Use for "move up": the previous sibling section of the same rank, or null at the top of its parent. */
export function previousSibling(doc: PMNode, section: Section): Section | null {
  for (let i = section.index - 1; i >= 0; i -= 1) {
    const rank = clauseRank(doc.child(i));
    if (rank < section.rank) return null;
    if (rank === section.rank) return sectionAt(doc, i);
  }
  return null;
}

/** Use for "move down": the next sibling section of the same rank, or null at the end of its parent. */
export function nextSibling(doc: PMNode, section: Section): Section | null {
  if (section.end >= doc.childCount) return null;
  return clauseRank(doc.child(section.end)) === section.rank ? sectionAt(doc, section.end) : null;
}

/** Use to find the top-level child index that contains a document position. */
export function topIndexAt(doc: PMNode, pos: number): number {
  const clamped = Math.max(0, Math.min(pos, doc.content.size));
  return doc.resolve(clamped).index(0);
}

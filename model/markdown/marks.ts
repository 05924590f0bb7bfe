// Flat ProseMirror marks ⇄ nested Markdown phrasing (strong, emphasis, link).
import type { ModelMark, ModelNode } from '../types.ts';

// Schema rank order (link has the highest priority, then bold, then italic).
const MARK_ORDER = ['link', 'bold', 'italic'];

/** Use to compare marks by type and attributes. */
export function sameMark(a: ModelMark, b: ModelMark): boolean {
  return a.type === b.type && (a.type !== 'link' || a.attrs?.href === b.attrs?.href);
}

/** Use to put marks in the order ProseMirror keeps them in. */
export function sortMarks(marks: ModelMark[]): ModelMark[] {
  return [...marks].sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
}

export interface MarkRun {
  mark: ModelMark;
  nodes: ModelNode[];
}

/**
 * Use to nest flat inline nodes: at each step wrap the longest run sharing one mark, so
 * `***a**b*` comes out as emphasis(strong(a), b) rather than two adjacent attention runs.
 */
export function nestMarks<T>(
  nodes: ModelNode[],
  leaf: (node: ModelNode) => T,
  wrap: (mark: ModelMark, children: T[]) => T,
): T[] {
  const out: T[] = [];
  let i = 0;
  while (i < nodes.length) {
    const node = nodes[i] as ModelNode;
    const marks = node.marks ?? [];
    if (marks.length === 0) {
      out.push(leaf(node));
      i += 1;
      continue;
    }
    let best = marks[0] as ModelMark;
    let bestEnd = i + 1;
    for (const mark of marks) {
      let end = i + 1;
      while (end < nodes.length && (nodes[end]?.marks ?? []).some((m) => sameMark(m, mark))) {
        end += 1;
      }
      if (end > bestEnd) {
        best = mark;
        bestEnd = end;
      }
    }
    const inner = nodes.slice(i, bestEnd).map((n) => {
      const rest = (n.marks ?? []).filter((m) => !sameMark(m, best));
      const copy: ModelNode = { ...n };
      if (rest.length > 0) copy.marks = rest;
      else delete copy.marks;
      return copy;
    });
    out.push(wrap(best, nestMarks(inner, leaf, wrap)));
    i = bestEnd;
  }
  return out;
}

/** Use after building inline nodes: merges adjacent text nodes that carry the same marks. */
export function mergeText(nodes: ModelNode[]): ModelNode[] {
  const out: ModelNode[] = [];
  for (const node of nodes) {
    const prev = out.at(-1);
    if (
      prev?.type === 'text' &&
      node.type === 'text' &&
      sameMarks(prev.marks ?? [], node.marks ?? [])
    ) {
      out[out.length - 1] = { ...prev, text: (prev.text ?? '') + (node.text ?? '') };
    } else if (node.type !== 'text' || node.text) {
      out.push(node);
    }
  }
  return out;
}

function sameMarks(a: ModelMark[], b: ModelMark[]): boolean {
  return a.length === b.length && a.every((m, i) => sameMark(m, b[i] as ModelMark));
}

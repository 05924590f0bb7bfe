import type { OutlineEntry } from './site-model.ts';

/** A table-of-contents node with its sub-clauses. */
export interface TocNode {
  entry: OutlineEntry;
  children: TocNode[];
}

/** Nest a flat outline by clause level, for nested `<ol>` lists (levels may skip). */
export function nestOutline(outline: readonly OutlineEntry[], maxLevel = 2): TocNode[] {
  const roots: TocNode[] = [];
  const stack: TocNode[] = [];
  for (const entry of outline) {
    if (entry.level > maxLevel) continue;
    const node: TocNode = { entry, children: [] };
    while (stack.length > 0 && (stack.at(-1)?.entry.level ?? 0) >= entry.level) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  return roots;
}

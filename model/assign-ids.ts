// Ids in model JSON: fill in missing ones and re-mint duplicates, without an editor.
import { hasIdAttr, isValidId, newIdFor } from './ids.ts';
import type { ModelDoc, ModelNode } from './types.ts';

/**
 * Use before seeding or importing a document: returns a copy in which every node that carries
 * an id has a valid, unique one. The first node in document order keeps a duplicated id.
 */
export function assignMissingIds(doc: ModelDoc): ModelDoc {
  const seen = new Set<string>();
  const visit = (node: ModelNode): ModelNode => {
    let next = node;
    if (hasIdAttr(node.type)) {
      const id = node.attrs?.id;
      if (isValidId(id) && !seen.has(id)) seen.add(id);
      else {
        let fresh = newIdFor(node.type);
        while (seen.has(fresh)) fresh = newIdFor(node.type);
        seen.add(fresh);
        next = { ...node, attrs: { ...node.attrs, id: fresh } };
      }
    }
    if (!next.content) return next;
    return { ...next, content: next.content.map(visit) };
  };
  return visit(doc) as ModelDoc;
}

/** Use to give a copied fragment (paste, duplicate, split) fresh ids for every node that has one. */
export function withFreshIds<T extends ModelNode>(node: T): T {
  const visit = (n: ModelNode): ModelNode => {
    const attrs = hasIdAttr(n.type) ? { ...n.attrs, id: newIdFor(n.type) } : n.attrs;
    const out: ModelNode = attrs ? { ...n, attrs } : { ...n };
    if (n.content) out.content = n.content.map(visit);
    return out;
  };
  return visit(node) as T;
}

/** Alias of assignMissingIds, for readers looking for "dedupe". */
export const dedupeIds = assignMissingIds;

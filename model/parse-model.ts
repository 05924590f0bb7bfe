// Checking that some JSON is a document of our schema.
import type { Node as PMNode } from '@tiptap/pm/model';
import { getStandardSchema } from './schema.ts';
import type { ModelDoc } from './types.ts';

export type ParseModelResult =
  { ok: true; doc: ModelDoc; node: PMNode } | { ok: false; error: string };

/**
 * Use at a boundary (API input, files) to check JSON against the schema: node and mark
 * names, content rules and attributes. Returns the normalised JSON (default attrs filled in).
 */
export function parseModel(json: unknown): ParseModelResult {
  if (typeof json !== 'object' || json === null || (json as { type?: unknown }).type !== 'doc') {
    return { ok: false, error: 'not a document: expected { type: "doc", content: [...] }' };
  }
  try {
    const node = getStandardSchema().nodeFromJSON(json);
    node.check();
    return { ok: true, doc: node.toJSON() as ModelDoc, node };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

// Canonical JSON: one spelling per document, so equal documents give equal strings and hashes.
import { parseModel } from './parse-model.ts';
import type { ModelDoc } from './types.ts';

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = sortKeys(v);
  }
  return out;
}

/**
 * Use before storing or comparing documents: every default attribute filled in, adjacent
 * text with equal marks joined, marks in schema order, keys sorted. Throws on JSON the
 * schema rejects (check with `parseModel` first at a boundary).
 */
export function canonicalize(doc: ModelDoc): ModelDoc {
  const parsed = parseModel(doc);
  if (!parsed.ok) throw new Error(`canonicalize: ${parsed.error}`);
  return sortKeys(parsed.doc) as ModelDoc;
}

/** Use to compare or hash any model node (no schema normalisation: canonicalize docs first). */
export function stableStringify(node: unknown): string {
  return JSON.stringify(sortKeys(node));
}

/** Use for content hashes and equality: the canonical string of a document (sha256-ready). */
export function canonicalString(doc: ModelDoc): string {
  return JSON.stringify(canonicalize(doc));
}

/**
 * Use to get the sha256 (hex) of a document's canonical string, in Node and browsers
 * (Web Crypto). Server code may equally hash `canonicalString(doc)` with node:crypto.
 */
export async function canonicalHash(doc: ModelDoc): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalString(doc));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

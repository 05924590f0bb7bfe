// Stable ids: short random strings generated once and never reused.
import { ID_PREFIX } from './types.ts';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Ids we accept: safe as an HTML id, a URL fragment and a Markdown attribute value. */
export const ID_PATTERN = /^[a-z][a-z0-9]{0,3}-[a-z0-9]{4,32}$/;

/** Use to check an id coming from outside (pasted HTML, Markdown, JSON). */
export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** Use to mint a fresh id for a node, e.g. `newId('p')` → 'p-k3x9q0a1zz'. */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(10);
  globalThis.crypto.getRandomValues(bytes);
  let out = `${prefix}-`;
  // 256 % 36 leaves a slight bias; irrelevant for uniqueness at 36^10.
  for (const b of bytes) out += ALPHABET[b % 36];
  return out;
}

/** Use to know whether nodes of a type carry a stable id. */
export function hasIdAttr(type: string): boolean {
  return Object.hasOwn(ID_PREFIX, type);
}

/** Use to mint a fresh id for a node of the given type. */
export function newIdFor(type: string): string {
  return newId(ID_PREFIX[type] ?? 'n');
}

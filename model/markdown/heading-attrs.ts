// The attribute block closing a clause heading: `## Scope {#c-abc}`, `# Contacts {#c-x .annex .informative}`.
import { ANNEX_TYPES, CLAUSE_KINDS, type AnnexType, type ClauseKind } from '../types.ts';

export interface HeadingAttrs {
  id: string | null;
  kind: ClauseKind;
  annexType: AnnexType | null;
}

// The block is always written, even as `{}`, so a title that itself ends in braces survives.
const BLOCK = /(?:^|[ \t])\{((?:#[A-Za-z0-9_-]+)?(?:[ \t]*\.[a-z]+)*)[ \t]*\}$/;

/** Use when writing a clause heading: the block to append to its title. */
export function formatHeadingAttrs(attrs: HeadingAttrs): string {
  const parts: string[] = [];
  if (attrs.id) parts.push(`#${attrs.id}`);
  if (attrs.kind !== 'clause') parts.push(`.${attrs.kind}`);
  if (attrs.annexType) parts.push(`.${attrs.annexType}`);
  return `{${parts.join(' ')}}`;
}

/** Use when reading a heading's text: splits the trailing block off, if there is one. */
export function splitHeadingAttrs(value: string): { rest: string; attrs: HeadingAttrs | null } {
  const match = BLOCK.exec(value);
  if (!match) return { rest: value, attrs: null };
  const body = match[1] ?? '';
  const attrs: HeadingAttrs = { id: null, kind: 'clause', annexType: null };
  const id = /^#([A-Za-z0-9_-]+)/.exec(body);
  if (id?.[1]) attrs.id = id[1];
  for (const cls of body.matchAll(/\.([a-z]+)/g)) {
    const name = cls[1] ?? '';
    if ((CLAUSE_KINDS as readonly string[]).includes(name)) attrs.kind = name as ClauseKind;
    else if ((ANNEX_TYPES as readonly string[]).includes(name)) attrs.annexType = name as AnnexType;
  }
  // Only one separating space belongs to the block; the rest is the title's own.
  return { rest: value.slice(0, match.index), attrs };
}

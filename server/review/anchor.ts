/**
 * Passages inside a clause or provision, anchored with Yjs relative positions so they
 * follow edits. A passage is given as character offsets inside the block's inline content
 * (text characters count one each, an inline node such as a cross-reference counts one:
 * the same arithmetic as ProseMirror positions inside a textblock). Pure: works on a Y.Doc.
 */
import * as Y from 'yjs';

/** Stands for an inline node (cross-reference) in a block's text; never shown in a quote. */
const INLINE_NODE = '\uFFFC';

/** The top-level block (clause or provision) with this id, or null. */
export function findBlock(fragment: Y.XmlFragment, id: string): Y.XmlElement | null {
  for (const child of fragment.toArray()) {
    if (child instanceof Y.XmlElement && child.getAttribute('id') === id) return child;
  }
  return null;
}

function childLength(child: Y.XmlElement | Y.XmlText | Y.XmlHook): number {
  return child instanceof Y.XmlText ? child.length : 1;
}

function textOf(child: Y.XmlText): string {
  let out = '';
  for (const op of child.toDelta() as { insert: unknown }[]) {
    out += typeof op.insert === 'string' ? op.insert : INLINE_NODE;
  }
  return out;
}

/** The block's inline content as a string, one character per position (inline nodes as U+FFFC). */
export function blockText(block: Y.XmlElement): string {
  return block
    .toArray()
    .map((child) => (child instanceof Y.XmlText ? textOf(child) : INLINE_NODE))
    .join('');
}

/** Use for display and audit: a passage of block text without inline-node markers. */
export function cleanQuote(text: string): string {
  return text.replaceAll(INLINE_NODE, '').replace(/\s+/g, ' ').trim();
}

/** A relative position for the character at block offset `k`. */
function positionOfChar(block: Y.XmlElement, k: number, assoc: 0 | -1): Y.RelativePosition {
  let start = 0;
  const children = block.toArray();
  for (let i = 0; i < children.length; i += 1) {
    const child = children[i];
    if (!child) continue;
    const length = childLength(child);
    if (k < start + length) {
      // assoc -1 attaches to the character before the index: pass the index after it.
      if (child instanceof Y.XmlText)
        return Y.createRelativePositionFromTypeIndex(child, k - start + (assoc < 0 ? 1 : 0), assoc);
      return Y.createRelativePositionFromTypeIndex(block, i + (assoc < 0 ? 1 : 0), assoc);
    }
    start += length;
  }
  throw new Error('offset beyond block');
}

export type CreateAnchorResult =
  | { ok: true; start: Uint8Array; end: Uint8Array; quote: string; from: number; to: number }
  | { ok: false; reason: 'empty' | 'out-of-range' | 'quote-mismatch' };

/** Where `quote` occurs in `text` closest to `near`, comparing with inline-node markers removed. */
function locateQuote(
  text: string,
  quote: string,
  near: number,
): { from: number; to: number } | null {
  const wanted = cleanQuote(quote);
  if (wanted === '') return null;
  // The clean form of the text, with the raw offset of each of its characters.
  let clean = '';
  const rawAt: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (ch === INLINE_NODE) continue;
    const space = /\s/.test(ch);
    if (space && (clean === '' || clean.endsWith(' '))) continue;
    clean += space ? ' ' : ch;
    rawAt.push(i);
  }
  let best: { from: number; to: number } | null = null;
  for (let at = clean.indexOf(wanted); at >= 0; at = clean.indexOf(wanted, at + 1)) {
    const from = rawAt[at] ?? 0;
    const to = (rawAt[at + wanted.length - 1] ?? from) + 1;
    if (!best || Math.abs(from - near) < Math.abs(best.from - near)) best = { from, to };
  }
  return best;
}

/**
 * Anchor a passage [from, to) of a block. When `quote` is given and the text at the offsets
 * differs (the draft moved on since the reviewer selected), the nearest occurrence of the
 * quote in the block is anchored instead; if there is none, the passage is refused.
 */
export function createAnchor(
  block: Y.XmlElement,
  from: number,
  to: number,
  quote: string | null,
): CreateAnchorResult {
  const text = blockText(block);
  if (from < 0 || to > text.length || from > to) {
    if (quote === null) return { ok: false, reason: 'out-of-range' };
  }
  let range = { from, to };
  const atOffsets = from >= 0 && to <= text.length && from < to ? text.slice(from, to) : '';
  if (quote !== null && cleanQuote(atOffsets) !== cleanQuote(quote)) {
    const found = locateQuote(text, quote, from);
    if (!found) return { ok: false, reason: 'quote-mismatch' };
    range = found;
  }
  const passage = text.slice(range.from, range.to);
  if (range.from >= range.to || cleanQuote(passage) === '') return { ok: false, reason: 'empty' };
  return {
    ok: true,
    start: Y.encodeRelativePosition(positionOfChar(block, range.from, 0)),
    end: Y.encodeRelativePosition(positionOfChar(block, range.to - 1, -1)),
    quote: cleanQuote(passage),
    from: range.from,
    to: range.to,
  };
}

/** Whether a Yjs type, or any type containing it, has been deleted. */
function isDeleted(type: Y.AbstractType<unknown>): boolean {
  let current: Y.AbstractType<unknown> | null = type;
  while (current) {
    if (current._item?.deleted) return true;
    current = current.parent as Y.AbstractType<unknown> | null;
  }
  return false;
}

/** The block offset of an absolute position, and the top-level block it lies in. */
function blockOffset(
  fragment: Y.XmlFragment,
  pos: Y.AbsolutePosition,
): { block: Y.XmlElement; offset: number } | null {
  const type = pos.type as Y.AbstractType<unknown>;
  if (isDeleted(type)) return null;
  const before = (block: Y.XmlElement, index: number): number =>
    block
      .toArray()
      .slice(0, index)
      .reduce((sum, child) => sum + childLength(child), 0);
  if (type instanceof Y.XmlText) {
    const parent: unknown = type.parent;
    if (!(parent instanceof Y.XmlElement)) return null;
    const block = parent as Y.XmlElement;
    if (block.parent !== fragment) return null;
    const index = block.toArray().indexOf(type);
    return index < 0 ? null : { block, offset: before(block, index) + pos.index };
  }
  if (type instanceof Y.XmlElement && type.parent === fragment) {
    const block = type as Y.XmlElement;
    return { block, offset: before(block, pos.index) };
  }
  return null;
}

/** What an anchor points at now. */
export type ResolvedAnchor =
  | { orphaned: false; blockId: string; from: number; to: number; quote: string }
  | { orphaned: true };

/**
 * Resolve a passage anchor against the current draft. Orphaned when its block was deleted
 * or every character of the passage was (a passage that lost only some words survives).
 * Load the draft with `gc: false` so positions next to deleted text still resolve.
 */
export function resolveAnchor(
  doc: Y.Doc,
  fragment: Y.XmlFragment,
  start: Uint8Array,
  end: Uint8Array,
): ResolvedAnchor {
  let a: Y.AbsolutePosition | null;
  let b: Y.AbsolutePosition | null;
  try {
    a = Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(start), doc);
    b = Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(end), doc);
  } catch {
    return { orphaned: true };
  }
  if (!a || !b) return { orphaned: true };
  const from = blockOffset(fragment, a);
  const to = blockOffset(fragment, b);
  if (!from || !to || from.block !== to.block || from.offset >= to.offset)
    return { orphaned: true };
  const id = from.block.getAttribute('id');
  if (typeof id !== 'string') return { orphaned: true };
  const quote = cleanQuote(blockText(from.block).slice(from.offset, to.offset));
  if (quote === '') return { orphaned: true };
  return { orphaned: false, blockId: id, from: from.offset, to: to.offset, quote };
}

/**
 * Use when a passage's own characters are gone but its block remains (the sentence was
 * retyped or pasted over with the same words): the quoted words, found again in that block
 * (the first occurrence), or null when they are not there any more.
 */
export function refindPassage(
  fragment: Y.XmlFragment,
  blockId: string,
  quote: string,
): { blockId: string; from: number; to: number; quote: string } | null {
  const block = findBlock(fragment, blockId);
  if (!block) return null;
  const text = blockText(block);
  const found = locateQuote(text, quote, 0);
  return found ? { blockId, ...found, quote: cleanQuote(text.slice(found.from, found.to)) } : null;
}

// The glossary: every term entry of a standard, sorted for the reader's language.
import { baseLanguage } from './labels.ts';
import { computeNumbering, type NumberingOptions } from './numbering.ts';
import { plainText } from './text.ts';
import type { ModelDoc, ModelNode } from './types.ts';

export interface GlossaryEntry {
  id: string | null;
  term: string;
  alternatives: string[];
  source: string | null;
  /** Plain-text definition (cross-references shown as numbers). */
  definition: string;
  /** The definition's inline model nodes, for rich rendering. */
  content: ModelNode[];
  /** '3.1'; null when the term sits outside a numbered clause. */
  number: string | null;
  clauseId: string | null;
}

/** Use for the site's glossary page and the editor's term picker. */
export function buildGlossary(doc: ModelDoc, options: NumberingOptions = {}): GlossaryEntry[] {
  const numbering = computeNumbering(doc, options);
  const refText = (target: string): string => numbering.byId.get(target)?.number ?? '?';
  const entries: GlossaryEntry[] = [];
  doc.content.forEach((node, index) => {
    if (node.type !== 'term') return;
    const n = numbering.byIndex[index];
    const attrs = node.attrs ?? {};
    entries.push({
      id: typeof attrs.id === 'string' ? attrs.id : null,
      term: typeof attrs.term === 'string' ? attrs.term : '',
      alternatives: Array.isArray(attrs.alternatives)
        ? (attrs.alternatives as unknown[]).filter((a): a is string => typeof a === 'string')
        : [],
      source: typeof attrs.source === 'string' && attrs.source !== '' ? attrs.source : null,
      definition: plainText(node, refText).trim(),
      content: node.content ?? [],
      number: n?.number ?? null,
      clauseId: n?.type === 'term' ? n.clauseId : null,
    });
  });
  const collator = new Intl.Collator(baseLanguage(options.lang), { sensitivity: 'base' });
  return entries.sort((a, b) => collator.compare(a.term, b.term));
}

/** Use to compare terms for duplicates: trimmed, case- and space-insensitive. */
export function termKey(term: string): string {
  return term.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

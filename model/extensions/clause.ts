// Clause headings: numbered body clauses, unnumbered front matter, annexes.
import { Node, mergeAttributes } from '@tiptap/core';
import { ANNEX_TYPES, CLAUSE_KINDS, type AnnexType, type ClauseKind } from '../types.ts';
import { idAttribute } from './id-attribute.ts';

const LEVELS = [1, 2, 3, 4, 5, 6] as const;

function parseKind(value: string | null): ClauseKind {
  return (CLAUSE_KINDS as readonly string[]).includes(value ?? '')
    ? (value as ClauseKind)
    : 'clause';
}
function parseAnnexType(value: string | null): AnnexType | null {
  return (ANNEX_TYPES as readonly string[]).includes(value ?? '') ? (value as AnnexType) : null;
}

/** Use for clause headings; the blocks that follow belong to it until the next clause of equal or higher rank. */
export const Clause = Node.create({
  name: 'clause',
  group: 'section',
  content: 'inline*',
  defining: true,
  addAttributes() {
    return {
      id: idAttribute(),
      level: {
        default: 1,
        parseHTML: (el) => Number(el.tagName.slice(1)) || 1,
        rendered: false,
      },
      // Not kept on split: Enter at the end of a heading makes a provision, whose own
      // `kind` must not inherit 'clause' (or 'annex').
      kind: {
        default: 'clause',
        keepOnSplit: false,
        parseHTML: (el) => parseKind(el.getAttribute('data-kind')),
        renderHTML: (attrs) => ({ 'data-kind': attrs.kind as string }),
      },
      annexType: {
        default: null,
        keepOnSplit: false,
        parseHTML: (el) => parseAnnexType(el.getAttribute('data-annex-type')),
        renderHTML: (attrs) =>
          attrs.annexType ? { 'data-annex-type': attrs.annexType as string } : {},
      },
    };
  },
  parseHTML() {
    return LEVELS.map((level) => ({ tag: `h${level}`, attrs: { level } }));
  },
  renderHTML({ node, HTMLAttributes }) {
    const raw = Number(node.attrs.level);
    const level = LEVELS.includes(raw as (typeof LEVELS)[number]) ? raw : 1;
    return [`h${level}`, mergeAttributes({ 'data-type': 'clause' }, HTMLAttributes), 0];
  },
});

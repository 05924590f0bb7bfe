// Terms and definitions: the term and its alternatives are attributes, the content is the definition.
import { Node, mergeAttributes } from '@tiptap/core';
import { idAttribute } from './id-attribute.ts';

function parseAlternatives(value: string | null): string[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** Use for a term entry {term, alternatives, source}; its inline content is the definition. */
export const Term = Node.create({
  name: 'term',
  group: 'section',
  content: 'inline*',
  addAttributes() {
    return {
      id: idAttribute(),
      term: {
        default: '',
        parseHTML: (el) => el.getAttribute('data-term') ?? '',
        renderHTML: (attrs) => ({ 'data-term': attrs.term as string }),
      },
      alternatives: {
        default: [],
        parseHTML: (el) => parseAlternatives(el.getAttribute('data-alternatives')),
        renderHTML: (attrs) => ({
          'data-alternatives': JSON.stringify((attrs.alternatives as string[] | null) ?? []),
        }),
      },
      source: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-source') || null,
        renderHTML: (attrs) => (attrs.source ? { 'data-source': attrs.source as string } : {}),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'div[data-type="term"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes({ 'data-type': 'term' }, HTMLAttributes), 0];
  },
});

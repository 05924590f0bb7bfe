// The shared `id` attribute of nodes that carry a stable id.
import type { Attribute } from '@tiptap/core';
import { isValidId } from '../ids.ts';

/** Use in `addAttributes()` of every node type listed in ID_PREFIX. */
export function idAttribute(): Attribute {
  return {
    default: null,
    // A split gives the second half no id; the unique-ids plugin then mints one.
    keepOnSplit: false,
    parseHTML: (element) => {
      const id = element.getAttribute('data-id');
      return isValidId(id) ? id : null;
    },
    renderHTML: (attrs) => (attrs.id ? { 'data-id': attrs.id as string } : {}),
  };
}

// Cross-references: inline atoms pointing at a clause id; the number shown is derived.
import { Node, mergeAttributes } from '@tiptap/core';
import { isValidId } from '../ids.ts';

/** Use for "see 4.2": the editor and renderers display the target clause's current number. */
export const CrossRef = Node.create({
  name: 'crossRef',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      target: {
        default: '',
        parseHTML: (el) => {
          const target = el.getAttribute('data-target');
          return isValidId(target) ? target : '';
        },
        renderHTML: (attrs) => ({ 'data-target': attrs.target as string }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'a[data-type="cross-ref"]' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const target = String(node.attrs.target);
    return [
      'a',
      mergeAttributes({ 'data-type': 'cross-ref', href: `#${target}` }, HTMLAttributes),
      target,
    ];
  },
  renderText({ node }) {
    return `[${String(node.attrs.target)}]`;
  },
});

// Provisions: top-level paragraph blocks with a stable id and a kind (shall/should/may/…).
import { Node, mergeAttributes } from '@tiptap/core';
import { PROVISION_KINDS, type ProvisionKind } from '../types.ts';
import { idAttribute } from './id-attribute.ts';

function parseKind(value: string | null): ProvisionKind {
  return (PROVISION_KINDS as readonly string[]).includes(value ?? '')
    ? (value as ProvisionKind)
    : 'statement';
}

/** Use for every top-level paragraph; plain `paragraph` stays inside list items and cells. */
export const Provision = Node.create({
  name: 'provision',
  group: 'section',
  content: 'inline*',
  addAttributes() {
    return {
      id: idAttribute(),
      kind: {
        default: 'statement',
        parseHTML: (el) => parseKind(el.getAttribute('data-kind')),
        renderHTML: (attrs) => ({ 'data-kind': attrs.kind as string }),
      },
    };
  },
  parseHTML() {
    // A plain <p> pasted at top level becomes a statement provision.
    return [
      { tag: 'p[data-type="provision"]', priority: 60 },
      // Also when pasted inside a provision (the paste's context), so lines become provisions, not a list.
      { tag: 'p', context: 'doc/|provision/', priority: 55 },
    ];
  },
  renderHTML({ HTMLAttributes }) {
    return ['p', mergeAttributes({ 'data-type': 'provision' }, HTMLAttributes), 0];
  },
});

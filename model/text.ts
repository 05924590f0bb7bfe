// Plain text of inline content, for titles, search and checks.
import type { ModelNode } from './types.ts';

/** Use to get the plain text of a node; `refText` turns a cross-reference target into its text. */
export function plainText(node: ModelNode, refText: (target: string) => string = (t) => t): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'crossRef') {
    const target = node.attrs?.target;
    return refText(typeof target === 'string' ? target : '');
  }
  const parts = (node.content ?? []).map((child) => plainText(child, refText));
  // Blocks inside blocks (list items, cells) are separated by a space.
  return node.content?.some((c) => c.type !== 'text' && c.type !== 'crossRef')
    ? parts.join(' ')
    : parts.join('');
}

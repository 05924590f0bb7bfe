// Cross-references show the target clause's current number, updated whenever numbering changes.
import type { NodeViewRenderer } from '@tiptap/core';
import { CrossRef, referenceText } from '../../../model/index.ts';
import { t } from '../i18n/index.ts';
import type { NumberingStore } from './numbering-store.ts';

function label(store: NumberingStore, target: string): { text: string; broken: boolean } {
  const snapshot = store.snapshot;
  const text = snapshot ? referenceText(snapshot.numbering, target, snapshot.lang) : null;
  return text === null ? { text: t('crossRef.broken'), broken: true } : { text, broken: false };
}

function renderer(store: NumberingStore): NodeViewRenderer {
  return ({ node }) => {
    let target = String(node.attrs.target);
    const dom = document.createElement('a');
    dom.className = 'cross-ref';
    dom.setAttribute('data-type', 'cross-ref');
    dom.contentEditable = 'false';
    // Not a tab stop: Tab from the text goes on to the panels, not through every reference.
    dom.tabIndex = -1;
    // Painted on every renumbering: touch the element only where something changed.
    let shown = '';
    const paint = (): void => {
      const { text, broken } = label(store, target);
      const key = `${text}\n${String(broken)}\n${target}`;
      if (key === shown) return;
      shown = key;
      dom.textContent = text;
      dom.classList.toggle('broken', broken);
      dom.setAttribute('data-target', target);
      dom.href = `#${target}`;
    };
    paint();
    const unsubscribe = store.subscribe(paint);
    return {
      dom,
      update: (updated) => {
        if (updated.type !== node.type) return false;
        target = String(updated.attrs.target);
        paint();
        return true;
      },
      // The label is ours; ProseMirror must not read it back as content.
      ignoreMutation: () => true,
      destroy: unsubscribe,
    };
  };
}

/** Use in place of the model's CrossRef in the editor: same schema, live number shown. */
export function crossRefWithLiveNumber(store: NumberingStore) {
  return CrossRef.extend({
    addNodeView() {
      return renderer(store);
    },
  });
}

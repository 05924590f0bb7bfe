// The checks on the block at the caret, in words: the mark beside a block only has a hover
// title, which keyboard, touch and screen-reader users never see.
import type { Editor } from '@tiptap/core';
import { t } from '../i18n/index.ts';
import { h } from '../ui/dom.ts';
import type { FindingsStore } from './findings-store.ts';

/** Use once per draft: a status line that follows the caret and the latest checks. */
export function createFindingNote(editor: Editor, findings: FindingsStore) {
  // Always in the page (empty when there is nothing to say): screen readers announce
  // changes to a live region reliably only if it was there before.
  const element = h('p', { class: 'finding-note', role: 'status' });
  let shown = '';
  const update = (): void => {
    if (editor.isDestroyed) return;
    const { $from } = editor.state.selection;
    // Only while someone writes: on opening the draft the unfocused selection may sit in
    // any block, far from the text on screen.
    const found = editor.isFocused && $from.depth >= 1 ? findings.at($from.index(0)) : undefined;
    const lead = found?.severity === 'info' ? t('finding.adviceAtCaret') : t('finding.atCaret');
    const text = found ? `${lead} ${found.title.replace(/\n/g, ' · ')}` : '';
    if (text === shown) return;
    shown = text;
    element.textContent = text;
    element.classList.toggle('error', found?.severity === 'error');
    element.classList.toggle('advice', found?.severity === 'info');
  };
  editor.on('selectionUpdate', update);
  editor.on('focus', update);
  editor.on('blur', update);
  const unsubscribe = findings.subscribe(update);
  return {
    element,
    destroy(): void {
      editor.off('selectionUpdate', update);
      editor.off('focus', update);
      editor.off('blur', update);
      unsubscribe();
    },
  };
}

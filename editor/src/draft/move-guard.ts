// Asks before a move that cannot keep everyone's words safe. Yjs 13 has no move: one of the
// two swapped clauses is re-created, and words typed into it at that moment are lost. With
// others writing on one side only, block-reorder.ts keeps that side; with both, it cannot.
import type { Editor } from '@tiptap/core';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { t } from '../i18n/index.ts';
import { confirmAction } from '../ui/confirm-dialog.ts';
import { othersWritingIn } from './block-reorder.ts';
import { sectionSwap } from './commands.ts';

/** Use before moving a clause: resolves true when the move may go ahead. */
export async function mayMoveSection(
  editor: Editor,
  headingIndex: number,
  direction: 'up' | 'down',
): Promise<boolean> {
  const swap = sectionSwap(editor.state.doc, headingIndex, direction);
  const fragment = (ySyncPluginKey.getState(editor.state) as { type?: Y.XmlFragment } | undefined)
    ?.type;
  if (!swap || !fragment) return true;
  const inMoving = othersWritingIn(fragment, swap.moving.index, swap.moving.end);
  const inPassed = othersWritingIn(fragment, swap.passed.index, swap.passed.end);
  if (inMoving.length === 0 || inPassed.length === 0) return true;
  const answer = await confirmAction({
    title: t('move.busyTitle'),
    question: t('move.busyQuestion', {
      moving: inMoving.join(', '),
      passed: inPassed.join(', '),
    }),
    confirmLabel: t('move.busyConfirm'),
  });
  return answer !== null;
}

// The "new comment" form: on the selected words, or on the clause or provision under the cursor.
import type { Editor } from '@tiptap/core';
import { revealPanel } from '../draft/panel-slot.ts';
import { t } from '../i18n/index.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { COMMENT_TYPES, postThread, type Thread } from './api.ts';
import { errorLine, keyed, select, textArea } from './forms.ts';
import { currentTarget, type CommentTarget } from './selection-target.ts';
import { onSubmitOnce } from '../ui/submit-once.ts';

export interface ComposeContext {
  slug: string;
  editor: Editor;
  /** The number to show for a block id ("4.2.1"), if any. */
  numberOf(blockId: string): string | null;
  created(thread: Thread): void;
}

/** Use once per panel: a button that opens the form, and the form itself. */
export function createCompose(ctx: ComposeContext) {
  const element = h('div', { class: 'compose' });
  let last: CommentTarget | null = null;

  /** Remember the target whenever the selection is in the text, so clicking the panel keeps it. */
  const track = (): void => {
    const target = currentTarget(ctx.editor);
    if (target) last = target;
  };

  const label = (target: CommentTarget): string => {
    const place = ctx.numberOf(target.blockId) ?? t('review.unnumbered');
    if (!target.passage) return t('review.on', { place });
    const quote = target.passage.quote.trim();
    return t('review.onPassage', {
      place,
      quote: quote.length > 80 ? `${quote.slice(0, 77)}…` : quote,
    });
  };

  const error = errorLine();
  const open = (): void => {
    track();
    const target = last;
    if (!target) {
      replaceChildren(
        element,
        h('p', { class: 'message error', role: 'alert' }, t('review.noTarget')),
      );
      return;
    }
    const type = select(t('review.type'), 'type', keyed('review.type', COMMENT_TYPES), 'technical');
    const body = textArea(t('review.comment'), { name: 'comment', required: true, rows: 4 });
    const proposed = textArea(t('review.proposedChange'), { name: 'proposed', rows: 3 });
    const form = h(
      'form',
      { class: 'compose-form', 'aria-label': t('review.new') },
      h('p', { class: 'target', 'data-target-id': target.blockId }, label(target)),
      type.field,
      body.field,
      proposed.field,
      error.element,
      h('button', { type: 'submit' }, t('review.submit')),
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () => {
            close();
            backToText();
          },
        },
        t('review.cancel'),
      ),
    );
    onSubmitOnce(form, () =>
      postThread(ctx.slug, {
        targetId: target.blockId,
        ...(target.passage ? { passage: target.passage } : {}),
        type: type.input.value as (typeof COMMENT_TYPES)[number],
        body: body.input.value,
        proposedChange: proposed.input.value.trim() || null,
      }).then((result) => {
        if (!result.ok) {
          error.show(
            result.errors.length > 0
              ? result.errors.map((e) => e.message).join(' ')
              : result.detail || result.title,
          );
          return;
        }
        close();
        ctx.created(result.data.thread);
        backToText();
      }),
    );
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        close();
        backToText();
      }
    });
    replaceChildren(element, form);
    element.dataset.open = '1';
    revealPanel(element);
    body.input.focus();
  };
  /** The keyboard goes back where the comment was started, with the caret or selection kept. */
  function backToText(): void {
    // ProseMirror focuses an editable view only; read-only text is focused by hand.
    if (ctx.editor.isEditable) ctx.editor.commands.focus();
    else ctx.editor.view.dom.focus({ preventScroll: true });
  }
  function close(): void {
    error.show('');
    delete element.dataset.open;
    replaceChildren(element);
  }

  document.addEventListener('selectionchange', track);
  return {
    element,
    open,
    track,
    isOpen: () => element.dataset.open === '1',
    destroy(): void {
      document.removeEventListener('selectionchange', track);
    },
  };
}

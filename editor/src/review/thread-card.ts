// One thread in the comments panel: where it is, its comments, its disposition, and the
// reply / edit / dispose / resolve forms for whoever may use them.
import { commentAuthor } from './comment-author.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { append, h, replaceChildren } from '../ui/dom.ts';
import {
  deleteComment,
  DISPOSITIONS,
  patchComment,
  patchStatus,
  postReply,
  putDisposition,
  type Comment,
  type Disposition,
  type Thread,
} from './api.ts';
import { shortDate } from '../ui/dates.ts';
import { problemText } from '../ui/problem-text.ts';
import { errorLine, keyed, select, textArea } from './forms.ts';
import { placeOf } from './review-data.ts';
import { onSubmitOnce } from '../ui/submit-once.ts';

/** What a card needs from the panel. */
export interface CardContext {
  slug: string;
  meId: string;
  canComment(thread: Thread): boolean;
  canDispose: boolean;
  isAdmin: boolean;
  /** A change made here: the server's new view of the thread. */
  changed(thread: Thread): void;
  reload(): void;
  /** An action refused: said by the panel, since a live update may have redrawn the card. */
  refused(text: string): void;
  reveal(thread: Thread): void;
}

const typeLabel = (type: string | null): string =>
  type ? t(`review.type.${type}` as MessageKey) : '';
const dispositionLabel = (d: Disposition): string =>
  t(`review.disposition.${d.value}` as MessageKey);

/**
 * The server's rule for authors (mayDeleteComment): a reply can always be withdrawn while the
 * round is open; the opening comment only while nobody else answered and there is no disposition.
 */
function mayWithdraw(thread: Thread, comment: Comment): boolean {
  if (comment.seq !== 1) return true;
  const answered = thread.comments.some((c) => !c.deleted && c.author.id !== comment.author.id);
  return !answered && thread.disposition === null;
}

function commentItem(
  thread: Thread,
  comment: Comment,
  ctx: CardContext,
  card: HTMLElement,
): HTMLElement {
  const item = h('li', { class: 'comment', 'data-comment-id': comment.id });
  const render = (): void => {
    if (comment.deleted) {
      const why = comment.withdrawn ? t('review.withdrawn') : t('review.deleted');
      replaceChildren(item, h('p', { class: 'deleted' }, why));
      return;
    }
    const mine = comment.author.id === ctx.meId;
    const withdrawable = mine && ctx.canComment(thread) && mayWithdraw(thread, comment);
    const from = commentAuthor(comment);
    replaceChildren(
      item,
      h(
        'p',
        { class: 'comment-meta' },
        h('strong', {}, from.name),
        comment.agency?.code && from.importedBy === null ? ` (${comment.agency.code})` : '',
        ' · ',
        h('time', { datetime: comment.createdAt }, shortDate(comment.createdAt)),
        comment.editedAt ? ` · ${t('review.edited')}` : '',
        from.importedBy !== null ? ` · ${t('review.importedBy', { name: from.importedBy })}` : '',
      ),
      h('p', { class: 'comment-body' }, comment.body),
      comment.proposedChange
        ? h(
            'div',
            { class: 'proposed' },
            h('span', { class: 'label' }, t('review.proposed')),
            h('p', {}, comment.proposedChange),
          )
        : null,
      h(
        'div',
        { class: 'comment-actions' },
        mine && ctx.canComment(thread)
          ? h('button', { type: 'button', class: 'link', onclick: edit }, t('review.edit'))
          : null,
        withdrawable
          ? h(
              'button',
              { type: 'button', class: 'link danger', onclick: withdraw },
              t('review.withdraw'),
            )
          : ctx.isAdmin
            ? h(
                'button',
                { type: 'button', class: 'link danger', onclick: remove },
                t('review.delete'),
              )
            : null,
      ),
    );
  };
  const edit = (): void => {
    card.dataset.editing = '1';
    const body = textArea(t('review.comment'), {
      name: 'body',
      required: true,
      value: comment.body,
    });
    const proposed =
      comment.seq === 1
        ? textArea(t('review.proposedChange'), {
            name: 'proposed',
            value: comment.proposedChange ?? '',
          })
        : null;
    const error = errorLine();
    const form = h(
      'form',
      { class: 'inline-form' },
      body.field,
      proposed?.field,
      error.element,
      h('button', { type: 'submit' }, t('review.save')),
      h('button', { type: 'button', class: 'secondary', onclick: close }, t('review.cancel')),
    );
    function close(): void {
      delete card.dataset.editing;
      render();
    }
    onSubmitOnce(form, async () => {
      const result = await patchComment(ctx.slug, thread.id, comment.id, {
        body: body.input.value,
        ...(proposed ? { proposedChange: proposed.input.value || null } : {}),
      });
      if (!result.ok) return error.show(problemText(result));
      delete card.dataset.editing;
      ctx.changed(result.data.thread);
    });
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') close();
    });
    replaceChildren(item, form);
    body.input.focus();
  };
  const deleteAfter = (question: string): void => {
    if (!confirm(question)) return;
    void deleteComment(ctx.slug, thread.id, comment.id).then((result) => {
      // Refused (someone replied meanwhile, the round closed): say why.
      if (!result.ok) ctx.refused(problemText(result));
      ctx.reload();
    });
  };
  const remove = (): void => deleteAfter(t('review.deleteConfirm'));
  const withdraw = (): void =>
    deleteAfter(t(comment.seq === 1 ? 'review.withdrawThreadConfirm' : 'review.withdrawConfirm'));
  render();
  return item;
}

function dispositionBlock(thread: Thread): HTMLElement | null {
  const d = thread.disposition;
  if (!d) return null;
  const earlier = thread.dispositionHistory.slice(0, -1);
  return h(
    'div',
    { class: `disposition value-${d.value}` },
    h(
      'p',
      {},
      h('strong', {}, t('review.disposition')),
      ': ',
      t('review.disposedBy', {
        value: dispositionLabel(d),
        name: d.decidedBy.name,
        date: shortDate(d.decidedAt),
      }),
    ),
    d.observation ? h('p', { class: 'observation' }, d.observation) : null,
    earlier.length > 0
      ? h(
          'details',
          {},
          h('summary', {}, t('review.history')),
          h(
            'ul',
            {},
            ...earlier.map((e) =>
              h(
                'li',
                {},
                t('review.disposedBy', {
                  value: dispositionLabel(e),
                  name: e.decidedBy.name,
                  date: shortDate(e.decidedAt),
                }),
                e.observation ? ` — ${e.observation}` : '',
              ),
            ),
          ),
        )
      : null,
  );
}

/** Use to render a thread as a card; forms open inside it (data-editing is set meanwhile). */
export function threadCard(thread: Thread, ctx: CardContext, active: boolean): HTMLElement {
  const place = placeOf(thread) || t('review.unnumbered');
  const card = h('article', {
    class: `thread${active ? ' active' : ''}${thread.orphaned ? ' orphaned' : ''} status-${thread.status}`,
    'data-thread-id': thread.id,
    'data-clause-id': thread.clauseId ?? '',
    tabindex: -1,
    'aria-label': t('review.thread', {
      place,
      author: thread.comments[0] ? commentAuthor(thread.comments[0]).name : thread.author.name,
    }),
  });
  const forms = h('div', { class: 'thread-forms' });
  const closeForms = (): void => {
    delete card.dataset.editing;
    replaceChildren(forms);
  };

  const reply = (): void => {
    card.dataset.editing = '1';
    const body = textArea(t('review.replyLabel'), { name: 'reply', required: true, rows: 2 });
    const error = errorLine();
    const form = h(
      'form',
      { class: 'inline-form' },
      body.field,
      error.element,
      h('button', { type: 'submit' }, t('review.send')),
      h('button', { type: 'button', class: 'secondary', onclick: closeForms }, t('review.cancel')),
    );
    onSubmitOnce(form, async () => {
      const result = await postReply(ctx.slug, thread.id, body.input.value);
      if (!result.ok) return error.show(problemText(result));
      closeForms();
      ctx.changed(result.data.thread);
    });
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') closeForms();
    });
    replaceChildren(forms, form);
    body.input.focus();
  };

  const dispose = (): void => {
    card.dataset.editing = '1';
    const value = select(
      t('review.disposition'),
      'disposition',
      keyed('review.disposition', DISPOSITIONS),
      thread.disposition?.value ?? 'accepted',
    );
    const observation = textArea(t('review.observation'), {
      name: 'observation',
      value: thread.disposition?.observation ?? '',
    });
    const hint = h('p', { class: 'hint' }, t('review.observationRequired'));
    const error = errorLine();
    const form = h(
      'form',
      { class: 'inline-form' },
      value.field,
      observation.field,
      hint,
      error.element,
      h('button', { type: 'submit' }, t('review.save')),
      h('button', { type: 'button', class: 'secondary', onclick: closeForms }, t('review.cancel')),
    );
    onSubmitOnce(form, async () => {
      const chosen = value.input.value as (typeof DISPOSITIONS)[number];
      const observed = observation.input.value.trim() || null;
      const result = await putDisposition(ctx.slug, thread.id, chosen, observed);
      if (!result.ok) return error.show(problemText(result));
      closeForms();
      ctx.changed(result.data.thread);
    });
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') closeForms();
    });
    replaceChildren(forms, form);
    value.input.focus();
  };

  const toggleStatus = (): void => {
    void patchStatus(ctx.slug, thread.id, thread.status === 'open' ? 'resolved' : 'open').then(
      (result) => {
        if (result.ok) ctx.changed(result.data.thread);
      },
    );
  };

  const quote = thread.passage?.quote;
  append(card, [
    h(
      'header',
      { class: 'thread-head' },
      h(
        'button',
        {
          type: 'button',
          class: 'place link',
          title: t('review.showInText'),
          disabled: thread.orphaned,
          onclick: () => ctx.reveal(thread),
        },
        place,
      ),
      thread.type
        ? h('span', { class: `badge type-${thread.type}` }, typeLabel(thread.type))
        : null,
      thread.agency?.code ? h('span', { class: 'badge agency' }, thread.agency.code) : null,
      h('span', { class: `badge status` }, t(`review.status.${thread.status}` as MessageKey)),
      thread.disposition
        ? h(
            'span',
            { class: `badge disposition value-${thread.disposition.value}` },
            dispositionLabel(thread.disposition),
          )
        : null,
    ),
    thread.orphaned
      ? h('p', { class: 'orphan-note', role: 'note' }, t('review.orphaned', { place }))
      : null,
    quote ? h('blockquote', { class: 'quote' }, `“${quote}”`) : null,
    h(
      'ol',
      { class: 'comments' },
      ...thread.comments.map((c) => commentItem(thread, c, ctx, card)),
    ),
    dispositionBlock(thread),
    h(
      'div',
      { class: 'thread-actions' },
      ctx.canComment(thread)
        ? h('button', { type: 'button', class: 'secondary', onclick: reply }, t('review.reply'))
        : null,
      ctx.canDispose
        ? h('button', { type: 'button', class: 'secondary', onclick: dispose }, t('review.dispose'))
        : null,
      ctx.canDispose
        ? h(
            'button',
            { type: 'button', class: 'secondary', onclick: toggleStatus },
            thread.status === 'open' ? t('review.resolve') : t('review.reopen'),
          )
        : null,
    ),
    forms,
  ]);
  return card;
}

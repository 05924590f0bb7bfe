// The comments panel beside the draft: rounds, filters, the new-comment form, threads in
// document order (the one at the cursor marked and scrolled into view), highlights in the
// text, counts in the outline, and live updates when the server announces a review change.
import { revealPanel, type DraftContext, type DraftPanel } from '../draft/panel-slot.ts';
import { plural, t } from '../i18n/index.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { COMMENT_TYPES, DISPOSITIONS, type Thread } from './api.ts';
import { createCompose } from './compose.ts';
import { keyed, select } from './forms.ts';
import { passagesPlugin, showPassages } from './highlights.ts';
import { outlineCounts } from './outline-counts.ts';
import { matches, NO_FILTERS, ReviewData, type Filters } from './review-data.ts';
import { createRoundBar } from './round-bar.ts';
import { currentTarget } from './selection-target.ts';
import { threadCard, type CardContext } from './thread-card.ts';
import { guardUnsentText } from '../ui/unsent-text-guard.ts';

const any = (): { value: string; label: string } => ({ value: '', label: t('review.filter.any') });

/** Use as the draft panel factory (registered in review/index.ts). */
export function createReviewPanel(context: DraftContext): DraftPanel {
  const { editor, standard } = context;
  const role = standard.role;
  const canManage = role === 'editor' || role === 'admin';
  const data = new ReviewData(standard.slug);
  let filters: Filters = { ...NO_FILTERS };
  let active: string | null = null;
  editor.registerPlugin(passagesPlugin());

  const numberOf = (id: string): string | null =>
    context.numbering.snapshot?.numbering.byId.get(id)?.number ?? null;
  const positionOf = (thread: Thread): number =>
    thread.orphaned
      ? Number.MAX_SAFE_INTEGER
      : (context.numbering.snapshot?.numbering.byId.get(thread.target.id)?.index ??
        Number.MAX_SAFE_INTEGER);

  // Numbers as the text shows them now (the server's are as of the last load).
  const withLiveNumbers = (thread: Thread): Thread => {
    const numbering = context.numbering.snapshot?.numbering;
    const entry = thread.orphaned ? undefined : numbering?.byId.get(thread.target.id);
    if (!numbering || !entry) return thread;
    if (entry.type === 'clause') return { ...thread, clauseNumber: entry.number };
    const clause = entry.clauseId ? numbering.byId.get(entry.clauseId) : undefined;
    return { ...thread, provisionNumber: entry.number, clauseNumber: clause?.number ?? null };
  };

  const mayCommentOn = (thread: Thread): boolean =>
    role !== 'observer' && data.rounds.some((r) => r.id === thread.roundId && r.open);

  const cardContext: CardContext = {
    slug: standard.slug,
    meId: context.me.id,
    canComment: mayCommentOn,
    canDispose: canManage,
    isAdmin: role === 'admin',
    changed: (thread) => data.replace(thread),
    reload: () => void data.reload(),
    refused: (text) => {
      refusal.textContent = text;
      refusal.hidden = false;
    },
    reveal: (thread) => {
      active = thread.id;
      context.revealBlock(thread.target.id);
      render();
    },
  };

  const roundBar = createRoundBar({
    slug: standard.slug,
    canManage,
    reload: () => void data.reload(),
  });
  const compose = createCompose({
    slug: standard.slug,
    editor,
    numberOf,
    created: (thread) => {
      active = thread.id;
      data.replace(thread);
    },
  });
  const newButton = h(
    'button',
    {
      type: 'button',
      class: 'new-comment',
      'aria-keyshortcuts': 'Control+Alt+M',
      onclick: () => compose.open(),
    },
    t('review.new'),
  );
  const hint = h('p', { class: 'hint' });
  const filterBox = h('div', {
    class: 'filters',
    role: 'group',
    'aria-label': t('review.filters'),
  });
  const summary = h('p', { class: 'counts', 'aria-live': 'polite' });
  // A card's action refused after a live update redrew the card: said here, where it stays.
  const refusal = h('p', { class: 'message error', role: 'alert', hidden: true });
  const list = h('div', { class: 'threads', role: 'list' });
  // The next action in the list starts afresh.
  list.addEventListener('click', () => (refusal.hidden = true), true);
  const element = h(
    'div',
    { class: 'review-panel', 'data-testid': 'review-panel' },
    h('h2', {}, t('review.panel')),
    roundBar.element,
    h('div', { class: 'compose-area' }, newButton, hint, compose.element),
    h('details', { class: 'filter-box' }, h('summary', {}, t('review.filters')), filterBox),
    summary,
    refusal,
    list,
  );
  const counts = outlineCounts(
    () =>
      editor.view.dom.closest('.draft-layout')?.querySelector<HTMLElement>('.outline-list') ?? null,
  );

  const renderFilters = (): void => {
    if (filterBox.contains(document.activeElement)) return;
    const agencies = [
      ...new Set(data.threads.map((x) => x.agency?.code ?? '').filter(Boolean)),
    ].sort();
    const authors = new Map(data.threads.map((x) => [x.author.id, x.author.name]));
    const controls: [keyof Filters, string, { value: string; label: string }[]][] = [
      ['round', t('review.round'), data.rounds.map((r) => ({ value: r.id, label: r.name }))],
      ['status', t('review.filter.status'), keyed('review.status', ['open', 'resolved'])],
      ['type', t('review.filter.type'), keyed('review.type', COMMENT_TYPES)],
      ['agency', t('review.filter.agency'), agencies.map((a) => ({ value: a, label: a }))],
      [
        'author',
        t('review.filter.author'),
        [...authors].map(([value, label]) => ({ value, label })),
      ],
      [
        'disposition',
        t('review.filter.disposition'),
        [
          { value: 'none', label: t('review.filter.none') },
          ...keyed('review.disposition', DISPOSITIONS),
        ],
      ],
    ];
    replaceChildren(
      filterBox,
      ...controls.map(([name, label, options]) => {
        const control = select(label, `filter-${name}`, [any(), ...options], filters[name]);
        control.input.addEventListener('change', () => {
          filters = { ...filters, [name]: control.input.value };
          renderList();
        });
        return control.field;
      }),
    );
  };

  // The numbers and order of the cards last drawn: renumbering (every Enter in the text)
  // redraws the cards only when it changed what they show.
  let drawnNumbers = '';
  const renderList = (onRenumbering = false): void => {
    const visible = data.threads.filter((x) => matches(x, filters)).map(withLiveNumbers);
    visible.sort((a, b) => positionOf(a) - positionOf(b) || a.createdAt.localeCompare(b.createdAt));
    const numbers = visible
      .map((x) => `${x.id} ${x.clauseNumber ?? ''} ${x.provisionNumber ?? ''}`)
      .join('\n');
    if (onRenumbering && numbers === drawnNumbers) return;
    drawnNumbers = numbers;
    // Keep cards with an open form as they are: a live update must not eat what someone types.
    const kept = new Map<string, HTMLElement>();
    for (const card of list.querySelectorAll<HTMLElement>('.thread[data-editing]'))
      kept.set(card.dataset.threadId ?? '', card);
    const cards = visible.map((thread) => {
      const card = kept.get(thread.id) ?? threadCard(thread, cardContext, thread.id === active);
      card.classList.toggle('active', thread.id === active);
      card.setAttribute('role', 'listitem');
      return card;
    });
    replaceChildren(
      list,
      ...(cards.length > 0 ? cards : [h('p', { class: 'empty' }, t('review.empty'))]),
    );
    summary.textContent = plural(visible.length, 'review.countsOne', 'review.counts', {
      open: visible.filter((x) => x.status === 'open').length,
      orphaned: visible.filter((x) => x.orphaned).length,
    });
    showPassages(
      editor,
      visible.flatMap((x) =>
        !x.orphaned && x.passage && x.passage.from !== null && x.passage.to !== null
          ? [
              {
                threadId: x.id,
                blockId: x.target.id,
                from: x.passage.from,
                to: x.passage.to,
                quote: x.passage.quote,
              },
            ]
          : [],
      ),
      active,
    );
    const byClause = new Map<string, number>();
    for (const x of visible)
      if (!x.orphaned && x.clauseId) byClause.set(x.clauseId, (byClause.get(x.clauseId) ?? 0) + 1);
    counts.set(byClause);
  };

  const render = (): void => {
    if (!data.loaded) {
      replaceChildren(list, h('p', {}, t('review.loading')));
      return;
    }
    if (data.error) {
      replaceChildren(
        list,
        h(
          'p',
          { class: 'message error', role: 'alert' },
          t('review.loadFailed', { detail: data.error }),
        ),
      );
      return;
    }
    roundBar.render(data.rounds);
    const canComment = role !== 'observer' && data.openRound !== null;
    newButton.hidden = !canComment;
    hint.textContent = canComment
      ? t('review.newHint')
      : role === 'observer'
        ? ''
        : t('review.cannotComment');
    renderFilters();
    renderList();
  };

  // The thread at the cursor is marked and brought into view beside the text.
  const followSelection = (): void => {
    const target = currentTarget(editor);
    if (!target) return;
    const here = data.threads.find(
      (x) => x.target.id === target.blockId || x.clauseId === target.blockId,
    );
    if (!here || here.id === active) return;
    active = here.id;
    renderList();
    list
      .querySelector<HTMLElement>(`[data-thread-id="${here.id}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  };
  const offSelection = context.onSelectionChange(followSelection);

  // Clicking a highlighted passage opens its thread. An editor clicked there to write (often
  // to carry out the comment): the caret stays in the text. Read-only readers get the card focused.
  const onTextClick = (event: MouseEvent): void => {
    const mark = (event.target as Element | null)?.closest?.('.review-passage');
    const id = mark?.getAttribute('data-thread-id');
    if (!id) return;
    active = id;
    renderList();
    const card = list.querySelector<HTMLElement>(`[data-thread-id="${id}"]`);
    if (card) revealPanel(card);
    card?.scrollIntoView({ block: 'nearest' });
    if (!editor.isEditable) card?.focus();
  };
  // On the document: Ctrl+Alt+M comments wherever the focus is (in the text, on a card, or
  // on the page after a click outside the text).
  const onKey = (event: KeyboardEvent): void => {
    if (!element.isConnected) return;
    if (event.ctrlKey && event.altKey && event.code === 'KeyM') {
      event.preventDefault();
      if (!newButton.hidden) compose.open();
    }
  };
  editor.view.dom.addEventListener('click', onTextClick);
  document.addEventListener('keydown', onKey);

  const offData = data.subscribe(render);
  const offServer = context.onServerMessage((message) => {
    if (message.type === 'review') void data.reload();
  });
  // A commented clause or provision that left the text: ask the server, which orphans the
  // thread (a moment later, so the server has the change that removed it).
  let recheck: ReturnType<typeof setTimeout> | null = null;
  const offNumbers = context.numbering.subscribe((snapshot) => {
    if (!data.loaded) return;
    renderList(true);
    const gone = data.threads.some((x) => !x.orphaned && !snapshot.numbering.byId.has(x.target.id));
    if (gone && recheck === null)
      recheck = setTimeout(() => {
        recheck = null;
        void data.reload();
      }, 500);
  });
  const onVisible = (): void => {
    if (document.visibilityState === 'visible') void data.reload();
  };
  document.addEventListener('visibilitychange', onVisible);
  const offUnsent = guardUnsentText(element);
  render();
  void data.reload();

  return {
    title: t('review.panel'),
    element,
    destroy() {
      offData();
      offServer();
      offNumbers();
      if (recheck !== null) clearTimeout(recheck);
      offSelection();
      compose.destroy();
      counts.destroy();
      document.removeEventListener('visibilitychange', onVisible);
      offUnsent();
      editor.view.dom.removeEventListener('click', onTextClick);
      document.removeEventListener('keydown', onKey);
    },
  };
}

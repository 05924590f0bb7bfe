// Consultation rounds in the panel: which one is open, and for editors open / close /
// export / import.
import { plural, t, type MessageKey } from '../i18n/index.ts';
import { confirmAction } from '../ui/confirm-dialog.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import {
  closeRound,
  exportUrl,
  importTable,
  postRound,
  type Round,
  type RoundCounts,
} from './api.ts';
import { closingDate } from './closing-day.ts';
import { errorLine, uid } from './forms.ts';
import { limited } from '../ui/length-guard.ts';
import { onSubmitOnce } from '../ui/submit-once.ts';

export interface RoundBarContext {
  slug: string;
  canManage: boolean;
  reload(): void;
}

function field(label: string, input: HTMLInputElement, max?: number): HTMLElement {
  input.id = uid('review-round');
  const box = max === undefined ? [input] : limited(input, max);
  return h('div', { class: 'field' }, h('label', { for: input.id }, label), ...box);
}

/** Closing a round: what it does, and how many comments still wait for a disposition. */
function closeQuestion(round: Round): string {
  const waiting = round.counts?.byDisposition.none ?? 0;
  const question = t('review.closeConfirm', { name: round.name });
  if (waiting === 0) return question;
  return `${question} ${plural(waiting, 'review.closeUnansweredOne', 'review.closeUnanswered')}`;
}

/** The round's counts per agency, type and disposition, as small tables. */
function countsTable(counts: RoundCounts): HTMLElement {
  const group = (
    title: MessageKey,
    map: Record<string, number>,
    label: (key: string) => string,
  ): HTMLElement =>
    h(
      'div',
      { class: 'count-group' },
      h('h3', {}, t(title)),
      h(
        'ul',
        {},
        ...Object.entries(map)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, n]) => h('li', { 'data-key': key }, `${label(key)}: ${n}`)),
      ),
    );
  return h(
    'details',
    { class: 'round-counts' },
    h('summary', {}, t('review.roundCounts', { total: counts.total })),
    group('review.countsBy.agency', counts.byAgency, (k) => (k === 'none' ? '—' : k)),
    group('review.countsBy.type', counts.byType, (k) => t(`review.type.${k}` as MessageKey)),
    group('review.countsBy.disposition', counts.byDisposition, (k) =>
      t(`review.disposition.${k}` as MessageKey),
    ),
  );
}

/** Use once per panel; `render(rounds)` redraws it. */
export function createRoundBar(ctx: RoundBarContext) {
  const element = h('div', { class: 'round-bar' });
  const status = h('div', { class: 'import-report', role: 'status' });

  const openForm = (): HTMLElement => {
    const name = h('input', { type: 'text', name: 'name', required: true });
    // The server refuses a closing date more than five years ahead (a typo such as 9999).
    const latest = new Date();
    latest.setFullYear(latest.getFullYear() + 5);
    const closes = h('input', {
      type: 'date',
      name: 'closesAt',
      required: true,
      max: latest.toISOString().slice(0, 10),
    });
    const candidate = h('input', { type: 'text', name: 'releaseCandidate' });
    const error = errorLine();
    const form = h(
      'form',
      { class: 'inline-form round-form' },
      field(t('review.roundName'), name, 200),
      field(t('review.closesAt'), closes),
      field(t('review.releaseCandidate'), candidate, 100),
      error.element,
      h('button', { type: 'submit' }, t('review.start')),
    );
    onSubmitOnce(form, async () => {
      const result = await postRound(ctx.slug, {
        name: name.value,
        closesAt: closes.value,
        releaseCandidate: candidate.value.trim() || null,
      });
      if (!result.ok)
        return error.show(
          result.errors.map((e) => e.message).join(' ') || result.detail || result.title,
        );
      ctx.reload();
    });
    return h('details', { class: 'open-round' }, h('summary', {}, t('review.openRound')), form);
  };

  const importControl = (round: Round): HTMLElement => {
    const input = h('input', { type: 'file', accept: '.csv,.xlsx,text/csv' });
    input.id = uid('review-import');
    const skip = h('input', { type: 'checkbox' });
    skip.id = uid('review-skip');
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return;
      void importTable(ctx.slug, round.id, file, skip.checked).then((result) => {
        const report = result.ok ? result.data : result.report;
        const lines = [...(report?.unplaced ?? []), ...(report?.dispositionProblems ?? [])]
          .sort((a, b) => a.row - b.row)
          .map((u) => h('li', {}, t('review.importUnplaced', { row: u.row, reason: u.reason })));
        const duplicates = result.ok ? (result.data.duplicates ?? []) : [];
        const disposed = result.ok ? (result.data.dispositions ?? []) : [];
        const notPlaced = !result.ok && result.status === 422 ? (report?.unplaced.length ?? 0) : 0;
        replaceChildren(
          status,
          h(
            'p',
            { class: result.ok ? 'message' : 'message error' },
            result.ok
              ? plural(result.data.imported, 'review.importDoneOne', 'review.importDone')
              : notPlaced > 0
                ? plural(notPlaced, 'review.importNotPlacedOne', 'review.importNotPlaced')
                : t('review.importRefused', { detail: result.detail || result.title }),
          ),
          disposed.length > 0
            ? h(
                'p',
                { class: 'message' },
                plural(disposed.length, 'review.importDisposedOne', 'review.importDisposed', {
                  rows: disposed.join(', '),
                }),
              )
            : null,
          lines.length > 0 ? h('ul', {}, ...lines) : null,
          duplicates.length > 0
            ? h(
                'p',
                { class: 'message' },
                plural(duplicates.length, 'review.importDuplicatesOne', 'review.importDuplicates', {
                  rows: duplicates.join(', '),
                }),
              )
            : null,
        );
        input.value = '';
        if (result.ok) ctx.reload();
      });
    });
    return h(
      'div',
      { class: 'import' },
      h('label', { for: input.id }, t('review.import')),
      input,
      h('label', { for: skip.id, class: 'check' }, skip, ' ', t('review.importSkip')),
    );
  };

  return {
    element,
    render(rounds: Round[]): void {
      const open = rounds.find((r) => r.open) ?? null;
      const latest = open ?? rounds.at(-1) ?? null;
      replaceChildren(
        element,
        h(
          'p',
          { class: 'round-state', 'data-round-open': open ? 'true' : 'false' },
          latest
            ? open
              ? t('review.roundOpen', { name: open.name, date: closingDate(open.closesAt) })
              : t('review.roundClosed', { name: latest.name })
            : t('review.noRound'),
        ),
        ctx.canManage && open
          ? h(
              'button',
              {
                type: 'button',
                class: 'secondary',
                onclick: () =>
                  void confirmAction({
                    title: t('review.closeRound'),
                    question: closeQuestion(open),
                    confirmLabel: t('review.closeRound'),
                  }).then(async (answer) => {
                    if (!answer) return;
                    await closeRound(ctx.slug, open.id);
                    ctx.reload();
                  }),
              },
              t('review.closeRound'),
            )
          : null,
        ctx.canManage && !open ? openForm() : null,
        latest
          ? h(
              'p',
              { class: 'export' },
              t('review.export'),
              ': ',
              h(
                'a',
                { href: exportUrl(ctx.slug, latest.id, 'csv'), download: '' },
                t('review.exportCsv'),
              ),
              ' · ',
              h(
                'a',
                { href: exportUrl(ctx.slug, latest.id, 'xlsx'), download: '' },
                t('review.exportXlsx'),
              ),
            )
          : null,
        latest?.counts && latest.counts.total > 0 ? countsTable(latest.counts) : null,
        ctx.canManage && open ? importControl(open) : null,
        status,
      );
    },
  };
}

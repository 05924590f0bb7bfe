// The "Create release candidate" form for editors and admins: freezes the draft as a new version.
import { explainPattern } from '../ui/pattern-message.ts';
import { confirmAction } from '../ui/confirm-dialog.ts';
import { t } from '../i18n/index.ts';
import { h } from '../ui/dom.ts';
import { messageBox, showMessage } from '../ui/layout.ts';
import { problemText } from '../ui/problem-text.ts';
import { createCandidate, type Release } from './api.ts';
import { roundWords } from './format.ts';
import { limited } from '../ui/length-guard.ts';

/** Suggest the next minor version after the highest existing one (1.0 when there is none). */
export function suggestVersion(releases: Release[]): string {
  let best: [number, number] | null = null;
  for (const r of releases) {
    const [major, minor] = r.version.split('.').map(Number);
    if (major === undefined || minor === undefined) continue;
    if (!best || major > best[0] || (major === best[0] && minor > best[1])) best = [major, minor];
  }
  return best ? `${best[0]}.${best[1] + 1}` : '1.0';
}

/** Use on the Releases page; onCreated runs after the server froze the candidate (errors show in the form). */
export function candidateForm(
  slug: string,
  releases: Release[],
  openRound: { name: string; closesAt: string } | null,
  onCreated: (release: Release) => void,
): HTMLElement {
  const version = explainPattern(
    h('input', {
      id: 'candidate-version',
      required: true,
      pattern: '\\d+\\.\\d+',
      value: suggestVersion(releases),
    }),
    t('candidate.versionFormat'),
  );
  const title = h('input', {
    id: 'candidate-title',
    'aria-describedby': 'candidate-title-hint',
  });
  const changeNote = h('textarea', {
    id: 'candidate-note',
    required: true,
    rows: 3,
  });
  const effective = h('input', { id: 'candidate-effective', type: 'date', required: true });
  const summary = h('textarea', {
    id: 'candidate-summary',
    rows: 2,
    required: releases.length === 0,
  });
  const message = messageBox();
  const submit = h('button', { type: 'submit' }, t('candidate.submit'));
  const form = h(
    'form',
    { class: 'card form', 'aria-labelledby': 'candidate-heading' },
    h('h2', { id: 'candidate-heading' }, t('candidate.title')),
    h('p', { class: 'hint' }, t('candidate.hint')),
    h('label', { for: 'candidate-version' }, t('candidate.version')),
    ...limited(version, 20),
    h('label', { for: 'candidate-title' }, t('candidate.titleField')),
    h('p', { class: 'hint', id: 'candidate-title-hint' }, t('candidate.titleHint')),
    ...limited(title, 200),
    h('label', { for: 'candidate-note' }, t('candidate.changeNote')),
    ...limited(changeNote, 4000),
    h('label', { for: 'candidate-effective' }, t('candidate.effectiveDate')),
    effective,
    h('label', { for: 'candidate-summary' }, t('candidate.summary')),
    ...limited(summary, 1000),
    message,
    submit,
  );
  const create = async (): Promise<void> => {
    // Freezing while a consultation is open is sometimes right (an urgent fix), but asked for.
    if (openRound) {
      const v = { version: version.value.trim() };
      const answer = await confirmAction({
        title: t('candidate.duringRoundTitle'),
        question: t('candidate.duringRoundQuestion', { ...v, ...roundWords(openRound) }),
        confirmLabel: t('candidate.duringRoundConfirm', v),
      });
      if (!answer) return;
    }
    submit.disabled = true;
    const optional = (value: string) => value.trim() || undefined;
    await createCandidate(slug, {
      version: version.value.trim(),
      changeNote: changeNote.value,
      effectiveDate: effective.value,
      title: optional(title.value),
      summary: optional(summary.value),
    }).then((result) => {
      submit.disabled = false;
      if (!result.ok) {
        // The draft's own problems are named by their number in the message, not by block id.
        const detail =
          result.status === 409
            ? [result.detail, ...result.errors.map((e) => e.message)].join(' ')
            : problemText(result);
        showMessage(message, 'error', t('releases.failed', { detail }));
        return;
      }
      onCreated(result.data);
    });
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void create();
  });
  // A refusal is about what was sent: once a field changes, it no longer describes the form.
  form.addEventListener('input', () => {
    if (message.classList.contains('error')) showMessage(message, 'ok', '');
  });
  return form;
}

// The term dialog: the term, its alternatives (comma-separated) and an optional source.
import { t } from '../i18n/index.ts';
import { openDialog } from '../ui/dialog.ts';
import { h } from '../ui/dom.ts';
import { limited } from '../ui/length-guard.ts';

export interface TermFields {
  term: string;
  alternatives: string[];
  source: string | null;
}

/** Use from the term button; the block's text stays the definition. */
export function openTermDialog(
  current: TermFields | null,
  onSubmit: (fields: TermFields) => void,
  onClose: () => void,
): void {
  const dialog = openDialog(current ? t('term.editTitle') : t('term.title'), onClose);
  const term = h('input', {
    id: 'term-term',
    required: true,
    value: current?.term ?? '',
  });
  const alternatives = h('input', {
    id: 'term-alternatives',
    value: current?.alternatives.join(', ') ?? '',
  });
  const source = h('input', { id: 'term-source', value: current?.source ?? '' });
  const form = h(
    'form',
    { class: 'form' },
    h('label', { for: 'term-term' }, t('term.term')),
    ...limited(term, 200),
    h('label', { for: 'term-alternatives' }, t('term.alternatives')),
    alternatives,
    h('label', { for: 'term-source' }, t('term.source')),
    source,
    h('p', { class: 'hint' }, t('term.hint')),
    h(
      'div',
      { class: 'dialog-actions' },
      h('button', { type: 'button', onclick: () => dialog.close() }, t('dialog.cancel')),
      h('button', { type: 'submit' }, t('term.apply')),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const fields: TermFields = {
      term: term.value.trim(),
      alternatives: alternatives.value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
      source: source.value.trim() || null,
    };
    dialog.close();
    onSubmit(fields);
  });
  dialog.body.append(form);
  term.focus();
}

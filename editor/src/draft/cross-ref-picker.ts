// The cross-reference picker: search clauses by number or title, pick one with the keyboard or mouse.
import { t } from '../i18n/index.ts';
import { openDialog } from '../ui/dialog.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { matchClauses } from './clause-search.ts';
import type { OutlineItem } from './numbering-store.ts';

/** Use from the toolbar or Mod-Alt-r: calls onPick with the chosen clause id. */
export function openCrossRefPicker(
  items: OutlineItem[],
  onPick: (id: string) => void,
  onClose: () => void,
): void {
  const dialog = openDialog(t('crossRef.title'), onClose);
  const input = h('input', {
    id: 'crossref-search',
    type: 'search',
    role: 'combobox',
    'aria-controls': 'crossref-results',
    'aria-expanded': 'true',
    'aria-autocomplete': 'list',
    autocomplete: 'off',
    placeholder: t('crossRef.placeholder'),
  });
  const list = h('ul', {
    id: 'crossref-results',
    role: 'listbox',
    class: 'picker-list',
    'aria-label': t('crossRef.results'),
  });
  let results: OutlineItem[] = [];
  let active = 0;

  const pick = (item: OutlineItem | undefined): void => {
    if (!item?.id) return;
    const id = item.id;
    dialog.close();
    onPick(id);
  };

  const render = (): void => {
    results = matchClauses(items, input.value).slice(0, 50);
    active = Math.min(active, Math.max(0, results.length - 1));
    if (results.length === 0) {
      replaceChildren(list, h('li', { class: 'empty' }, t('crossRef.none')));
      input.removeAttribute('aria-activedescendant');
      return;
    }
    replaceChildren(
      list,
      ...results.map((item, i) =>
        h(
          'li',
          {
            id: `crossref-option-${i}`,
            role: 'option',
            'aria-selected': i === active ? 'true' : 'false',
            class: i === active ? 'active' : '',
            onmousedown: (event: Event) => {
              event.preventDefault();
              pick(item);
            },
          },
          h('span', { class: 'number' }, item.number ?? '—'),
          ' ',
          // A table without a title is named by its number alone.
          item.title || (item.kind === 'table' ? '' : t('outline.untitled')),
        ),
      ),
    );
    input.setAttribute('aria-activedescendant', `crossref-option-${active}`);
  };

  input.addEventListener('input', () => {
    active = 0;
    render();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') active = Math.min(active + 1, results.length - 1);
    else if (event.key === 'ArrowUp') active = Math.max(active - 1, 0);
    else if (event.key === 'Enter') {
      event.preventDefault();
      pick(results[active]);
      return;
    } else if (event.key === 'Escape') {
      // A search box clears itself on the first Escape; in a picker, Escape closes.
      event.preventDefault();
      dialog.close();
      return;
    } else return;
    event.preventDefault();
    render();
    document.getElementById(`crossref-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  });
  dialog.body.append(
    h('label', { for: 'crossref-search' }, t('crossRef.search')),
    input,
    list,
    h(
      'div',
      { class: 'dialog-actions' },
      h('button', { type: 'button', onclick: () => dialog.close() }, t('dialog.cancel')),
    ),
  );
  render();
  input.focus();
}

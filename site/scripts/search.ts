// The search page's only script: runs Pagefind in the browser and lists matching standards
// with the clauses that match (their headings carry the clause number).
import {
  findByNumber,
  numberQuery,
  numberResults,
  type NumberTarget,
} from '../lib/clause-number.ts';
import {
  SHOWN_CLAUSES,
  listResult,
  matchesQuery,
  mergeResults,
  rankResults,
  type ListedResult,
  type ResultData,
} from '../lib/search-results.ts';
import { suggestQuery } from '../lib/spelling.ts';

interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-input');
const statusLine = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
const suggestion = document.querySelector<HTMLElement>('#search-suggestion');
let pagefind: Promise<Pagefind> | undefined;
let vocabulary: Promise<[string, number][]> | undefined;
let numbered: Promise<NumberTarget[]> | undefined;

/** Clauses and provisions with the number asked ("7.2", "Annex A"); none for words. */
async function byNumber(query: string): Promise<ListedResult[]> {
  const number = numberQuery(query);
  if (!number) return [];
  numbered ??= fetch('/search-numbers.json')
    .then((res) =>
      res.ok ? (res.json() as Promise<{ targets: NumberTarget[] }>) : { targets: [] },
    )
    .then((body) => body.targets);
  return numberResults(findByNumber(await numbered, number));
}

/** After an empty search: "Did you mean referral?" with a link that searches for it. */
async function suggest(query: string): Promise<void> {
  if (!suggestion || !form) return;
  vocabulary ??= fetch('/search-words.json')
    .then((res) =>
      res.ok ? (res.json() as Promise<{ words: [string, number][] }>) : { words: [] },
    )
    .then((body) => body.words);
  const better = suggestQuery(query, await vocabulary);
  if (!better) return;
  const [before, after = ''] = (form.dataset.suggest ?? '{q}').split('{q}');
  const link = document.createElement('a');
  link.href = `?q=${encodeURIComponent(better)}`;
  link.textContent = better;
  suggestion.replaceChildren(before ?? '', link, after);
}

function say(template: string | undefined, query: string, count = 0): string {
  return (template ?? '').replace('{q}', query).replace('{n}', String(count));
}

function item(href: string, title: string, excerpt: string): HTMLElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = href;
  a.textContent = title;
  li.append(a);
  if (excerpt) {
    const p = document.createElement('p');
    // Pagefind's excerpts are escaped text with <mark> around the matches.
    p.innerHTML = excerpt;
    li.append(p);
  }
  return li;
}

/**
 * A standard with its matching clauses, the most relevant first. Past the first few, the rest
 * wait behind a button, which then gives the first of them the focus.
 */
function standardItem(shown: ListedResult): HTMLElement {
  const li = item(shown.href, shown.title, shown.excerpt);
  if (shown.clauses.length === 0) return li;
  const ul = document.createElement('ul');
  const items = shown.clauses.map((c) => item(c.href, c.title, c.excerpt));
  const hidden = items.slice(SHOWN_CLAUSES);
  for (const h of hidden) h.hidden = true;
  ul.append(...items);
  li.append(ul);
  if (hidden.length > 0) {
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'search-more';
    more.textContent = say(form?.dataset.showAll, '', items.length);
    more.addEventListener('click', () => {
      for (const h of hidden) h.hidden = false;
      more.remove();
      hidden[0]?.querySelector('a')?.focus();
    });
    li.append(more);
  }
  return li;
}

async function run(query: string): Promise<void> {
  if (!form || !statusLine || !list) return;
  list.replaceChildren();
  suggestion?.replaceChildren();
  if (!query.trim()) {
    statusLine.textContent = '';
    return;
  }
  statusLine.textContent = form.dataset.loading ?? '';
  try {
    const url = '/pagefind/pagefind.js';
    pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
    const found = await (await pagefind).search(query);
    const data = await Promise.all((found?.results ?? []).slice(0, 20).map((r) => r.data()));
    const byText = rankResults(
      data.filter((page) => matchesQuery(page, query)).map((page) => listResult(page, query)),
      query,
    );
    const pages = mergeResults(await byNumber(query), byText);
    for (const shown of pages) list.append(standardItem(shown));
    const template =
      pages.length === 0
        ? form.dataset.none
        : pages.length === 1
          ? form.dataset.one
          : form.dataset.many;
    statusLine.textContent = say(template, query, pages.length);
    // A spelling aid must never turn a plain "nothing matches" into an error.
    if (pages.length === 0) await suggest(query).catch(() => undefined);
  } catch {
    statusLine.textContent = form.dataset.failed ?? '';
  }
}

if (form && input) {
  const query = new URLSearchParams(location.search).get('q') ?? '';
  input.value = query;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = input.value;
    history.replaceState(null, '', `?q=${encodeURIComponent(q)}`);
    void run(q);
  });
  void run(query);
}

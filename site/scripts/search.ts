// The search page's only script: runs Pagefind in the browser and lists matching standards
// with the clauses that match (their headings carry the clause number).
import {
  findByNumber,
  numberQuery,
  numberResults,
  type NumberTarget,
} from '../lib/clause-number.ts';
import {
  listResult,
  matchesQuery,
  mergeResults,
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
    const byText = data.filter((page) => matchesQuery(page, query)).map((p) => listResult(p));
    const pages = mergeResults(await byNumber(query), byText);
    for (const shown of pages) {
      const li = item(shown.href, shown.title, shown.excerpt);
      if (shown.clauses.length > 0) {
        const ul = document.createElement('ul');
        for (const clause of shown.clauses)
          ul.append(item(clause.href, clause.title, clause.excerpt));
        li.append(ul);
      }
      list.append(li);
    }
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

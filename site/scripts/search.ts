// The search page's only script: runs Pagefind in the browser and lists matching standards
// with the clauses that match (their headings carry the clause number).

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface ResultData {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
  sub_results?: SubResult[];
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-input');
const statusLine = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
let pagefind: Promise<Pagefind> | undefined;

function say(template: string | undefined, query: string, count = 0): string {
  return (template ?? '').replace('{q}', query).replace('{n}', String(count));
}

function item(href: string, title: string, excerpt: string): HTMLElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = href;
  a.textContent = title;
  const p = document.createElement('p');
  // Pagefind's excerpts are escaped text with <mark> around the matches.
  p.innerHTML = excerpt;
  li.append(a, p);
  return li;
}

async function run(query: string): Promise<void> {
  if (!form || !statusLine || !list) return;
  list.replaceChildren();
  if (!query.trim()) {
    statusLine.textContent = '';
    return;
  }
  statusLine.textContent = form.dataset.loading ?? '';
  try {
    const url = '/pagefind/pagefind.js';
    pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
    const found = await (await pagefind).search(query);
    const pages = await Promise.all((found?.results ?? []).slice(0, 20).map((r) => r.data()));
    for (const page of pages) {
      const li = item(page.url, page.meta.title ?? page.url, page.excerpt);
      const subs = (page.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, 8);
      if (subs.length > 0) {
        const ul = document.createElement('ul');
        for (const sub of subs) ul.append(item(sub.url, sub.title, sub.excerpt));
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

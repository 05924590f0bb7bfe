// What the search page lists for one Pagefind result: the standard, then its matching clauses.
// Pure, so the rules are tested without a browser; site/scripts/search.ts draws the list.

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface ResultData {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
  sub_results?: SubResult[];
}

/** One line of the list: a link, and an excerpt (escaped text with <mark>s) or none. */
export interface ListedResult {
  href: string;
  title: string;
  excerpt: string;
  clauses: { href: string; title: string; excerpt: string }[];
}

/** Clauses listed under a standard before a "Show all" button reveals the rest. */
export const SHOWN_CLAUSES = 8;

/** The words of a search, lower case. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether a word of the text stands for a word asked (same stem: first five letters). */
function stands(asked: string, found: string): boolean {
  return sharedStart(asked, found) >= Math.min(5, asked.length);
}

/**
 * How well one clause answers the search: each word asked that its title has weighs most, then
 * each word asked that its text has (Pagefind marks it); more matched words rank higher.
 */
export function relevance(clause: { title: string; excerpt: string }, query: string): number {
  const asked = [...new Set(wordsOf(query))];
  const title = wordsOf(clause.title);
  const marked = [...clause.excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].flatMap((m) =>
    wordsOf(m[1] ?? ''),
  );
  let score = 0;
  for (const word of asked) {
    if (title.some((t) => stands(word, t))) score += 10;
    if (marked.some((t) => stands(word, t))) score += 3;
  }
  return score;
}

/**
 * Use for each result: clauses with an anchor (whole-page sub-results say nothing more), most
 * relevant to the query first (document order among equals), all of them; and the page's own
 * excerpt only when it is not already one of theirs: Pagefind's page excerpt is usually its
 * best clause's, which would then be shown twice.
 */
export function listResult(page: ResultData, query = ''): ListedResult {
  const clauses = (page.sub_results ?? [])
    .filter((s) => s.url.includes('#'))
    .map((s) => ({ href: s.url, title: s.title, excerpt: s.excerpt }))
    .map((c, i) => ({ c, i, score: relevance(c, query) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ c }) => c);
  const repeated = clauses.some((c) => c.excerpt === page.excerpt);
  return {
    href: page.url,
    title: page.meta.title ?? page.url,
    excerpt: repeated ? '' : page.excerpt,
    clauses,
  };
}

/** Use to order standards: the one whose best clause answers the search best first. */
export function rankResults(shown: readonly ListedResult[], query: string): ListedResult[] {
  const best = (r: ListedResult) =>
    Math.max(relevance(r, query), ...r.clauses.map((c) => relevance(c, query)));
  return shown
    .map((r, i) => ({ r, i, score: best(r) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ r }) => r);
}

/** Letters two words share at their start. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * Use to drop results that only match a fragment of what was asked. When a word is not in the
 * index, Pagefind falls back to ever shorter prefixes of it: "interpreter" then marks "in",
 * "safegaurding" marks "safe", and a reader is told something matches. A result counts when,
 * for every word asked, some marked word shares its first five letters (the whole word if
 * shorter), which still lets stems through (identifying → identification).
 */
export function matchesQuery(page: ResultData, query: string): boolean {
  const asked = wordsOf(query);
  if (asked.length === 0) return false;
  const excerpts = [page.excerpt, ...(page.sub_results ?? []).map((s) => s.excerpt)].join(' ');
  const marked = [...excerpts.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) =>
    (m[1] ?? '').toLowerCase(),
  );
  return asked.every((word) => marked.some((hit) => stands(word, hit)));
}

/**
 * Use to put number hits (first) and text hits in one list: a standard in both is listed once,
 * its number hits first, and a clause is never listed twice.
 */
export function mergeResults(
  first: readonly ListedResult[],
  then: readonly ListedResult[],
): ListedResult[] {
  const merged = first.map((r) => ({ ...r, clauses: [...r.clauses] }));
  for (const r of then) {
    const same = merged.find((m) => m.href === r.href);
    if (!same) {
      merged.push(r);
      continue;
    }
    const listed = new Set(same.clauses.map((c) => c.href));
    same.clauses.push(...r.clauses.filter((c) => !listed.has(c.href)));
    same.excerpt ||= r.excerpt;
  }
  return merged;
}

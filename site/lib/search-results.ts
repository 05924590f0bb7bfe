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

/** The most clauses listed under one standard. */
const MAX_CLAUSES = 8;

/**
 * Use for each result: clauses with an anchor (whole-page sub-results say nothing more), and
 * the page's own excerpt only when it is not already one of theirs: Pagefind's page excerpt
 * is usually its best clause's, which would then be shown twice.
 */
export function listResult(page: ResultData): ListedResult {
  const clauses = (page.sub_results ?? [])
    .filter((s) => s.url.includes('#'))
    .slice(0, MAX_CLAUSES)
    .map((s) => ({ href: s.url, title: s.title, excerpt: s.excerpt }));
  const repeated = clauses.some((c) => c.excerpt === page.excerpt);
  return {
    href: page.url,
    title: page.meta.title ?? page.url,
    excerpt: repeated ? '' : page.excerpt,
    clauses,
  };
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
  const asked = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (asked.length === 0) return false;
  const excerpts = [page.excerpt, ...(page.sub_results ?? []).map((s) => s.excerpt)].join(' ');
  const marked = [...excerpts.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) =>
    (m[1] ?? '').toLowerCase(),
  );
  return asked.every((word) =>
    marked.some((hit) => sharedStart(word, hit) >= Math.min(5, word.length)),
  );
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

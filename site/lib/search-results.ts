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

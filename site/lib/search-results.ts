// What the search page lists for one Pagefind result: the standard, then its matching clauses.
// Pure, so the rules are tested without a browser; site/scripts/search.ts draws the list.

/** An element of the page with an id, where its words start in the page's text. */
export interface Anchor {
  element: string;
  id: string;
  /** The element's words (Pagefind gives them for paragraphs and headings, not for lists). */
  text?: string;
  /** Its first word's position in the page's words. */
  location: number;
}
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  /** The heading the sub-result starts at (none for the part before the first heading). */
  anchor?: Anchor;
  /** Positions of the matched words in the page's words. */
  locations?: number[];
}
export interface ResultData {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
  sub_results?: SubResult[];
  /** Every element with an id in the indexed text, in document order. */
  anchors?: Anchor[];
  /** The page's indexed text, HTML-escaped, that word positions count in. */
  raw_content?: string;
}

/** One clause listed under a standard: where the link goes, the clause's title, an excerpt. */
export interface ListedClause {
  href: string;
  title: string;
  excerpt: string;
  /** The clause heading's own address, when the link goes to a part of it (a provision). */
  clause?: string;
}

/** One line of the list: a link, and an excerpt (escaped text with <mark>s) or none. */
export interface ListedResult {
  href: string;
  title: string;
  excerpt: string;
  clauses: ListedClause[];
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
    .map((s): ListedClause => {
      const target = matchTarget(page, s);
      if (!target) return { href: s.url, title: s.title, excerpt: s.excerpt };
      const href = `${s.url.slice(0, s.url.indexOf('#'))}#${target}`;
      return { href, title: s.title, excerpt: s.excerpt, clause: s.url };
    })
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

// Pagefind's own word separator: its positions count words split this way.
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

// Elements that hold a block of the standard's text; an id on anything else (an inline
// element) does not say where a paragraph is.
const BLOCKS = new Set(['p', 'dl', 'ul', 'ol', 'table', 'figure', 'blockquote', 'div']);
const HEADING = /^h[1-6]$/i;

// A page's words, split once: every sub-result of the page (a clause each) looks in them.
const splitPages = new WeakMap<ResultData, string[]>();
function pageWords(page: ResultData): string[] {
  let words = splitPages.get(page);
  if (!words) {
    words = (page.raw_content ?? '').split(WORD_SEPARATORS);
    splitPages.set(page, words);
  }
  return words;
}

/** Where the excerpt shown for a sub-result starts in the page's words (null if not found). */
function excerptStart(words: readonly string[], excerpt: string, from: number): number | null {
  const shown = excerpt
    .replace(/<\/?mark>/g, '')
    .split(WORD_SEPARATORS)
    .filter((w) => w !== '');
  if (shown.length === 0) return null;
  for (let at = from; at + shown.length <= words.length; at += 1) {
    if (shown.every((w, k) => words[at + k] === w)) return at;
  }
  return null;
}

/**
 * The id of the most specific element (provision, note, example, term, list, table) of a
 * sub-result's clause that holds the words its excerpt marks, so that its link lands on them,
 * not on the clause's heading; null when that is the heading itself or it cannot be told.
 * The word taken is the first marked one the excerpt shows (else the first matched);
 * its element is the last one with an id that starts at or before it, and for a paragraph
 * whose words are known, still runs past it.
 */
export function matchTarget(page: ResultData, sub: SubResult): string | null {
  const heading = sub.anchor;
  const locations = sub.locations ?? [];
  if (!heading || locations.length === 0 || !page.anchors) return null;
  const start = excerptStart(pageWords(page), sub.excerpt, heading.location);
  const word =
    (start === null ? undefined : locations.find((l) => l >= start)) ?? Math.min(...locations);
  const before = page.anchors.filter((a) => a.location > heading.location && a.location <= word);
  const holder = before.filter((a) => BLOCKS.has(a.element.toLowerCase())).at(-1);
  if (!holder) return null;
  // A heading after the holder starts another part: the words are not the holder's.
  if (before.some((a) => HEADING.test(a.element) && a.location > holder.location)) return null;
  const length = holder.text
    ? holder.text.split(WORD_SEPARATORS).filter((w) => w !== '').length
    : 0;
  if (length > 0 && word >= holder.location + length) return null;
  return holder.id;
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
    // A clause listed by number is not listed again for a provision of it that has the words.
    const listed = new Set(same.clauses.flatMap((c) => [c.href, c.clause ?? c.href]));
    same.clauses.push(
      ...r.clauses.filter((c) => !listed.has(c.href) && !listed.has(c.clause ?? c.href)),
    );
    same.excerpt ||= r.excerpt;
  }
  return merged;
}

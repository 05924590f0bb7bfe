// Searching by number: "7.2", "7.2.1", "A.1", "Annex A" or "clause 6.2" finds that clause or
// provision by its number, which full-text search cannot (it splits "7.2" into digits). Pure;
// site/pages/search-numbers.json.ts lists the numbers, site/scripts/search.ts looks them up.
import type { ListedResult } from './search-results.ts';

/** One numbered clause or provision of a current version, as the search page lists it. */
export interface NumberTarget {
  /** "7.2", "7.2.1", "A", "A.1". */
  number: string;
  href: string;
  /** "7.2 Urgent referral", "Annex A Indicator checklist", "Provision 7.2.1". */
  title: string;
  /** The start of a provision's text; empty for a clause (its title says it). */
  text: string;
  /** The standard's page and title. */
  standardHref: string;
  standardTitle: string;
}

// Words a reader may put before a number; "annex" is the only one that allows a bare letter.
const LEAD = /^(?:(annex|appendix)|clause|provision|section|§)\s*/i;

/**
 * Use on the search box's text: the clause or provision number it asks for ("A.1", "7.2"),
 * or null when it is not only a number. A lone letter counts only after "Annex".
 */
export function numberQuery(query: string): string | null {
  let rest = query.trim().replace(/\.$/, '');
  const lead = LEAD.exec(rest);
  if (lead) rest = rest.slice(lead[0].length);
  if (!/^(?:\d+|[a-z])(?:\.\d+)*$/i.test(rest)) return null;
  if (/^[a-z]$/i.test(rest) && !lead?.[1]) return null;
  return rest.toUpperCase();
}

/**
 * Use to list what a number asks for: the clause or provision with exactly that number first,
 * then the ones numbered under it (7.2.1, 7.2.2 under 7.2), in document order.
 */
export function findByNumber(targets: readonly NumberTarget[], number: string): NumberTarget[] {
  const wanted = number.toUpperCase();
  const exact = targets.filter((t) => t.number.toUpperCase() === wanted);
  const under = targets.filter((t) => t.number.toUpperCase().startsWith(`${wanted}.`));
  return [...exact, ...under];
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Use to list number hits like text hits: one entry per standard, its clauses under it. */
export function numberResults(found: readonly NumberTarget[]): ListedResult[] {
  const byStandard = new Map<string, ListedResult>();
  for (const t of found) {
    let result = byStandard.get(t.standardHref);
    if (!result) {
      result = { href: t.standardHref, title: t.standardTitle, excerpt: '', clauses: [] };
      byStandard.set(t.standardHref, result);
    }
    // Excerpts are HTML (Pagefind's, with <mark>s): plain text is escaped to match.
    result.clauses.push({ href: t.href, title: t.title, excerpt: escapeHtml(t.text) });
  }
  return [...byStandard.values()];
}

// Which clauses a cross-reference search finds, and in what order: numbers before words.
import type { OutlineItem } from './numbering-store.ts';

/**
 * How well one clause answers the query (lower is better), or null when it does not.
 * "5" finds clause 5 first, then 5.1, 5.2…, then 50…, and only then titles that contain a
 * 5 and numbers such as 4.5 that merely end in it.
 */
function rank(item: OutlineItem, query: string): number | null {
  const number = (item.number ?? '').toLowerCase();
  const title = item.title.toLowerCase();
  const numbered = `${number} ${title}`;
  const bare = query.replace(/\.$/, '');
  // "5" or "4.2 refer": the clause itself.
  if (number !== '' && (number === bare || (query.includes(' ') && numbered.startsWith(query))))
    return 0;
  if (number.startsWith(`${bare}.`)) return 1;
  if (number.startsWith(query)) return 2;
  if (title.startsWith(query)) return 3;
  if (title.includes(query)) return 4;
  if (numbered.includes(query)) return 5;
  return null;
}

/** Use to list the clauses a picker search finds: by number or title words, best first. */
export function matchClauses(items: OutlineItem[], query: string): OutlineItem[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  const clauses = items.filter((item) => item.id !== null);
  if (q === '') return clauses;
  return clauses
    .map((item) => ({ item, rank: rank(item, q) }))
    .filter((found): found is { item: OutlineItem; rank: number } => found.rank !== null)
    .sort((a, b) => a.rank - b.rank) // stable: document order within a rank
    .map((found) => found.item);
}

// The words of the current version of every standard, with their counts: the search page
// fetches it only when nothing matched, to propose "Did you mean …?" (site/lib/spelling.ts).
import { buildVocabulary } from '../lib/spelling.ts';
import { loadSite } from '../lib/site-data.ts';

/** Markup out, entities as separators: only the words a reader sees are counted. */
function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&#?\w+;/g, ' ');
}

/** Served as /search-words.json. */
export function GET(): Response {
  const texts = loadSite().flatMap((standard) => [
    standard.current.meta.title,
    textOf(standard.current.html),
  ]);
  return new Response(JSON.stringify({ words: buildVocabulary(texts) }));
}

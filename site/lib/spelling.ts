// "Did you mean …?" for the search page. Pagefind matches whole words and prefixes only, so a
// reader on a phone who types "refferal" finds nothing; this proposes the nearest words of the
// published text instead. Pure: site/scripts/search.ts loads the vocabulary and shows the link.
import { distance } from 'fastest-levenshtein';

/** Words of a text as the vocabulary counts them: lowercase letters, four or more. */
export function vocabularyWords(text: string): string[] {
  return text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
}

/** Use at build time: each word of `texts` with how often it occurs, most frequent first. */
export function buildVocabulary(texts: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const word of vocabularyWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** How many typing slips a word of this length may carry: none for short words (too many near misses). */
function allowedSlips(length: number): number {
  if (length < 5) return 0;
  return length < 8 ? 1 : 2;
}

/** The closest known word to `word`, or null when none is close enough; ties go to the more frequent. */
function nearest(word: string, vocabulary: readonly [string, number][]): string | null {
  const allowed = allowedSlips(word.length);
  let best: { word: string; slips: number; count: number } | null = null;
  for (const [known, count] of vocabulary) {
    if (Math.abs(known.length - word.length) > allowed) continue;
    const slips = distance(word, known);
    if (slips > allowed) continue;
    if (!best || slips < best.slips || (slips === best.slips && count > best.count))
      best = { word: known, slips, count };
  }
  return best?.word ?? null;
}

/**
 * Use when a search finds nothing: the query with each unknown word replaced by the nearest
 * word of the vocabulary (from buildVocabulary), or null when there is nothing to propose.
 * Words already in the text, or beginning one (a reader still typing), are kept as they are.
 */
export function suggestQuery(
  query: string,
  vocabulary: readonly [string, number][],
): string | null {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  let changed = false;
  const fixed = words.map((word) => {
    if (vocabulary.some(([known]) => known.startsWith(word))) return word;
    const near = nearest(word, vocabulary);
    if (near === null) return word;
    changed = true;
    return near;
  });
  return changed ? fixed.join(' ') : null;
}

// Every numbered clause and provision of the current version of every standard: the search
// page fetches it when the search box holds a number ("7.2", "Annex A"; lib/clause-number.ts).
import type { NumberTarget } from '../lib/clause-number.ts';
import { loadSite } from '../lib/site-data.ts';
import { standardUrl } from '../../model/site-urls.ts';

/** A provision's text is cut to about this many characters, at a word. */
const TEXT_CHARS = 160;

function cut(text: string): string {
  if (text.length <= TEXT_CHARS) return text;
  const at = text.lastIndexOf(' ', TEXT_CHARS);
  return `${text.slice(0, at > 0 ? at : TEXT_CHARS)} …`;
}

/** Served as /search-numbers.json. */
export function GET(): Response {
  const targets: NumberTarget[] = loadSite().flatMap((standard) =>
    standard.current.numbered.map((n) => ({
      number: n.number,
      href: `${standardUrl(standard.slug)}#${n.id}`,
      title: n.title,
      text: cut(n.text),
      standardHref: standardUrl(standard.slug),
      standardTitle: standard.current.meta.title,
    })),
  );
  return new Response(JSON.stringify({ targets }));
}

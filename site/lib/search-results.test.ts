import { describe, expect, it } from 'vitest';
import {
  listResult,
  matchTarget,
  matchesQuery,
  mergeResults,
  rankResults,
  relevance,
  type ResultData,
} from './search-results.ts';

const page = {
  url: '/referral/',
  meta: { title: 'Referral of children (illustrative)' },
  excerpt: 'the <mark>designated lead</mark> shall refer',
  sub_results: [
    { title: 'Referral of children', url: '/referral/', excerpt: 'whole page' },
    {
      title: '7.2 Urgent referral',
      url: '/referral/#c-urgent',
      excerpt: 'the <mark>designated lead</mark> shall refer',
    },
    {
      title: '7.3 Health services',
      url: '/referral/#c-health',
      excerpt: 'the <mark>designated lead</mark> may consult',
    },
  ],
};

describe('listResult: one search result as the page lists it', () => {
  it('shows an excerpt once: not as the page’s when a clause below has it', () => {
    const shown = listResult(page);
    expect(shown.excerpt).toBe('');
    expect(shown.clauses.map((c) => c.title)).toEqual([
      '7.2 Urgent referral',
      '7.3 Health services',
    ]);
  });

  it('keeps the page’s excerpt when no clause repeats it', () => {
    const shown = listResult({ ...page, excerpt: 'from the summary' });
    expect(shown.excerpt).toBe('from the summary');
    expect(shown.title).toBe('Referral of children (illustrative)');
  });

  it('lists every clause (the page shows the first few), and falls back to the address for a title', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      title: `${i}`,
      url: `/s/#c${i}`,
      excerpt: `${i}`,
    }));
    const shown = listResult({ url: '/s/', meta: {}, excerpt: 'x', sub_results: many });
    expect(shown.clauses).toHaveLength(12);
    expect(shown.title).toBe('/s/');
  });
});

describe('matchesQuery', () => {
  const page = (...marks: string[]): ResultData => ({
    url: '/s/',
    meta: { title: 'A standard' },
    excerpt: marks.map((m) => `text <mark>${m}</mark> more`).join(' '),
  });

  it('drops results where Pagefind only matched a short prefix of the word asked', () => {
    expect(matchesQuery(page('in'), 'interpreter')).toBe(false);
    expect(matchesQuery(page('in'), 'intercom')).toBe(false);
    expect(matchesQuery(page('safe'), 'safegaurding')).toBe(false);
  });

  it('keeps exact words, stems and short words, in any case', () => {
    expect(matchesQuery(page('Interpreter'), 'interpreter')).toBe(true);
    expect(matchesQuery(page('identification'), 'identifying')).toBe(true);
    expect(matchesQuery(page('children'), 'child')).toBe(true);
    expect(matchesQuery(page('map'), 'MAP')).toBe(true);
  });

  it('needs every word asked, found in the page or a clause excerpt', () => {
    const both: ResultData = {
      ...page('referral'),
      sub_results: [{ title: '7', url: '/s/#c-7', excerpt: 'the <mark>police</mark> act' }],
    };
    expect(matchesQuery(both, 'referral police')).toBe(true);
    expect(matchesQuery(both, 'referral doctor')).toBe(false);
    expect(matchesQuery(both, '   ')).toBe(false);
  });
});

describe('relevance: clauses that answer the search first', () => {
  const clause = (title: string, excerpt: string) => ({
    title,
    url: `/s/#${title}`,
    excerpt,
  });
  const found: ResultData = {
    url: '/s/',
    meta: { title: 'S' },
    excerpt: '',
    sub_results: [
      ...Array.from({ length: 9 }, (_, i) =>
        clause(`5.${i + 1} Indicators`, 'the <mark>child</mark> may'),
      ),
      clause('6.2 Responding to a disclosure', 'when a <mark>child</mark> <mark>discloses</mark>'),
      clause('5.3 Online indicators', 'a <mark>child</mark> <mark>online</mark>'),
    ],
  };

  it('puts title matches and more matched words first, and lists every clause', () => {
    const query = 'child discloses online abuse';
    const shown = listResult(found, query).clauses.map((c) => c.title);
    expect(shown.slice(0, 2)).toEqual(['6.2 Responding to a disclosure', '5.3 Online indicators']);
    expect(shown).toHaveLength(11);
    expect(relevance({ title: 'Annex A Checklist', excerpt: '' }, 'annex a')).toBeGreaterThan(
      relevance({ title: '5.1 General', excerpt: '<mark>annex</mark> <mark>a</mark>' }, 'annex a'),
    );
  });

  it('orders standards by their best clause', () => {
    const weak = listResult({ ...found, url: '/w/', sub_results: found.sub_results?.slice(0, 2) });
    const strong = listResult(found);
    expect(rankResults([weak, strong], 'disclosure').map((r) => r.href)).toEqual(['/s/', '/w/']);
  });
});

describe('mergeResults: number hits first, nothing twice', () => {
  it('lists a standard once with its number hits first', () => {
    const byNumber = [
      {
        href: '/s/',
        title: 'S',
        excerpt: '',
        clauses: [{ href: '/s/#a', title: '7.2', excerpt: '' }],
      },
    ];
    const byText = [
      {
        href: '/s/',
        title: 'S',
        excerpt: '',
        clauses: [
          { href: '/s/#b', title: '3 Terms', excerpt: '' },
          { href: '/s/#a', title: '7.2', excerpt: 'x' },
        ],
      },
      { href: '/t/', title: 'T', excerpt: '', clauses: [] },
    ];
    const merged = mergeResults(byNumber, byText);
    expect(merged.map((r) => r.href)).toEqual(['/s/', '/t/']);
    expect(merged[0]?.clauses.map((c) => c.href)).toEqual(['/s/#a', '/s/#b']);
  });
});

describe('matchTarget: a result links to the provision, note or term that has the words', () => {
  // The words of clause 4.2 as Pagefind counts them, and the elements with ids among them.
  const text = [
    '4.2 Listening to the child', // 0–4: the heading
    '4.2.1 Practitioners shall listen to the child.', // 5–11
    'NOTE Practitioners speak in words the child understands.', // 12–19
    '3.2 child minor any person', // 20–24: a term (Pagefind gives no words for a <dl>)
    'a sentence without an id', // 25–29: after the note, outside it
    '4.3 Confidentiality', // 30–31
  ];
  const heading = { element: 'h3', id: 'c-listening', text: text[0], location: 0 };
  const page: ResultData = {
    url: '/s/',
    meta: { title: 'S' },
    excerpt: '',
    raw_content: text.join(' '),
    anchors: [
      heading,
      { element: 'p', id: 'p-listen1', text: text[1], location: 5 },
      { element: 'p', id: 'p-listen2', text: text[2], location: 12 },
      { element: 'dl', id: 't-child', text: '', location: 20 },
      { element: 'span', id: 'x-inline', text: 'minor', location: 22 },
      { element: 'h3', id: 'c-conf', text: text[5], location: 30 },
    ],
  };
  const words = page.raw_content?.split(' ') ?? [];
  /** A sub-result of clause 4.2 matching the words at these positions, its excerpt from `from`. */
  const sub = (locations: number[], from: number) => ({
    title: '4.2 Listening to the child',
    url: '/s/#c-listening',
    anchor: heading,
    locations,
    excerpt: words
      .slice(from, from + 8)
      .map((w, i) => (locations.includes(from + i) ? `<mark>${w}</mark>` : w))
      .join(' '),
  });

  it('links to the provision or note whose words matched, with the clause as its title', () => {
    expect(matchTarget(page, sub([15], 12))).toBe('p-listen2');
    expect(matchTarget(page, sub([8], 4))).toBe('p-listen1');
    const listed = listResult({ ...page, sub_results: [sub([15], 12)] }, 'speak').clauses;
    expect(listed).toEqual([
      {
        href: '/s/#p-listen2',
        title: '4.2 Listening to the child',
        excerpt: sub([15], 12).excerpt,
        clause: '/s/#c-listening',
      },
    ]);
  });

  it('links to a term (whose words Pagefind does not give), not to an inline id in it', () => {
    expect(matchTarget(page, sub([21, 22], 20))).toBe('t-child');
  });

  it('follows the excerpt shown: its first marked word, else the first match', () => {
    // "child" in 4.2.1 (word 11) and in the note (word 18); the excerpt shows the note's.
    expect(matchTarget(page, sub([11, 18], 13))).toBe('p-listen2');
    expect(matchTarget(page, { ...sub([11, 18], 13), excerpt: 'not in the text' })).toBe(
      'p-listen1',
    );
  });

  it('keeps the clause when the words are in its heading or outside any element with an id', () => {
    expect(matchTarget(page, sub([1], 0))).toBeNull();
    expect(matchTarget(page, sub([27], 25))).toBe('t-child'); // a <dl> runs to the next id
    const noteThenText: ResultData = {
      ...page,
      anchors: page.anchors?.filter((a) => a.location !== 20 && a.location !== 22),
    };
    expect(matchTarget(noteThenText, sub([27], 25))).toBeNull();
    expect(listResult({ ...noteThenText, sub_results: [sub([27], 25)] }).clauses[0]?.href).toBe(
      '/s/#c-listening',
    );
    // Old index data without positions: the clause, as before.
    expect(matchTarget({ ...page, anchors: undefined }, sub([15], 12))).toBeNull();
  });

  it('lists a clause found by its number once, not again for a provision of it', () => {
    const byNumber = [
      {
        href: '/s/',
        title: 'S',
        excerpt: '',
        clauses: [{ href: '/s/#c-listening', title: '4.2 Listening to the child', excerpt: '' }],
      },
    ];
    const byText = [listResult({ ...page, sub_results: [sub([15], 12)] }, 'speak')];
    expect(mergeResults(byNumber, byText)[0]?.clauses.map((c) => c.href)).toEqual([
      '/s/#c-listening',
    ]);
  });
});

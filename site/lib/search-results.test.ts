import { describe, expect, it } from 'vitest';
import {
  listResult,
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

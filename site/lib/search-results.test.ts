import { describe, expect, it } from 'vitest';
import { listResult } from './search-results.ts';

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

  it('lists at most eight clauses, and falls back to the address for a title', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      title: `${i}`,
      url: `/s/#c${i}`,
      excerpt: `${i}`,
    }));
    const shown = listResult({ url: '/s/', meta: {}, excerpt: 'x', sub_results: many });
    expect(shown.clauses).toHaveLength(8);
    expect(shown.title).toBe('/s/');
  });
});

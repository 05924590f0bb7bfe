import { describe, expect, it } from 'vitest';
import { findByNumber, numberQuery, numberResults, type NumberTarget } from './clause-number.ts';

describe('numberQuery: is the search a clause or provision number?', () => {
  it('reads numbers, annex letters and a leading word', () => {
    expect(numberQuery('7.2')).toBe('7.2');
    expect(numberQuery(' 7.2.1 ')).toBe('7.2.1');
    expect(numberQuery('6.2.')).toBe('6.2');
    expect(numberQuery('a.1')).toBe('A.1');
    expect(numberQuery('Annex A')).toBe('A');
    expect(numberQuery('annex b.2')).toBe('B.2');
    expect(numberQuery('Clause 6.2')).toBe('6.2');
    expect(numberQuery('7')).toBe('7');
  });

  it('leaves words, and a lone letter without "Annex", to the text search', () => {
    for (const query of ['a', 'referral', 'disclosure 6.2', '7.2a', '', 'annex', '1..2']) {
      expect(numberQuery(query), query).toBeNull();
    }
  });
});

describe('findByNumber: what a number lists', () => {
  const at = (number: string, title = number): NumberTarget => ({
    number,
    href: `/s/#${number}`,
    title,
    text: '',
    standardHref: '/s/',
    standardTitle: 'S',
  });
  const targets = [at('7'), at('7.1'), at('7.1.1'), at('7.2'), at('7.2.1'), at('7.20'), at('A')];

  it('puts the exact number first, then the numbers under it', () => {
    expect(findByNumber(targets, '7.2').map((t) => t.number)).toEqual(['7.2', '7.2.1']);
    expect(findByNumber(targets, 'a').map((t) => t.number)).toEqual(['A']);
    expect(findByNumber(targets, '7.3')).toEqual([]);
  });
});

describe('numberResults: number hits listed like text hits', () => {
  it('groups by standard and escapes a provision’s text', () => {
    const shown = numberResults([
      {
        number: '7.2.1',
        href: '/s/#p-1',
        title: 'Provision 7.2.1',
        text: 'within 24 h & <b>not</b> later',
        standardHref: '/s/',
        standardTitle: 'S',
      },
    ]);
    expect(shown).toEqual([
      {
        href: '/s/',
        title: 'S',
        excerpt: '',
        clauses: [
          {
            href: '/s/#p-1',
            title: 'Provision 7.2.1',
            excerpt: 'within 24 h &amp; &lt;b&gt;not&lt;/b&gt; later',
          },
        ],
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { matchClauses } from './clause-search.ts';
import type { OutlineItem } from './numbering-store.ts';

function clause(number: string, title: string, index: number): OutlineItem {
  return { id: `c-${index}`, index, pos: index * 10, level: 1, kind: 'clause', number, title };
}

// An illustrative outline, in document order.
const outline: OutlineItem[] = [
  { id: null, index: 0, pos: 0, level: 1, kind: 'foreword', number: null, title: 'Foreword' },
  clause('4', 'Recognising indicators', 1),
  clause('4.5', 'Online contact', 2),
  clause('5', 'Referral', 3),
  clause('5.1', 'Who refers', 4),
  clause('5.2', 'Within 5 working days', 5),
  clause('6', 'Records kept for referral', 6),
  clause('A.1', 'Example referral form', 7),
];

const numbers = (query: string): (string | null)[] =>
  matchClauses(outline, query).map((item) => item.number);

describe('clause search in the cross-reference picker', () => {
  it('lists the clause with that number first, then its sub-clauses, then other mentions', () => {
    expect(numbers('5 ')).toEqual(['5', '5.1', '5.2', '4.5']);
    expect(numbers('4.5')).toEqual(['4.5']);
    expect(numbers('a.1')).toEqual(['A.1']);
  });

  it('finds titles by their words, titles starting with them first', () => {
    expect(numbers('referral')).toEqual(['5', '6', 'A.1']);
    expect(numbers('Record')).toEqual(['6']);
    expect(numbers('ONLINE')).toEqual(['4.5']);
  });

  it('takes a number with the start of its title', () => {
    expect(numbers('5 ref')).toEqual(['5']);
    expect(numbers('5.1  who')).toEqual(['5.1']);
  });

  it('lists every clause, never unnumbered front matter, for an empty query', () => {
    expect(numbers('  ')).toEqual(['4', '4.5', '5', '5.1', '5.2', '6', 'A.1']);
    expect(numbers('foreword')).toEqual([]);
  });
});

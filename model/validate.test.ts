import { describe, expect, it } from 'vitest';
import {
  bulletList,
  clause,
  crossRef,
  doc,
  link,
  paragraph,
  provision,
  table,
  term,
  text,
} from './builders.ts';
import { sampleDocument } from './sample.ts';
import type { ModelNode } from './types.ts';
import { containsRequirement, validateDocument } from './validate.ts';

const codes = (d: ReturnType<typeof doc>, lang?: string) =>
  validateDocument(d, { lang }).map((f) => [f.code, f.nodeId]);

describe('validateDocument', () => {
  it('finds nothing wrong in the sample document', () => {
    expect(validateDocument(sampleDocument())).toEqual([]);
  });

  it('flags requirements inside notes and examples, in the standard language', () => {
    const d = doc(
      clause('c-aaaaaaaaaa', 1, 'A'),
      provision('p-aaaaaaaaa1', 'note', 'Staff shall not ask leading questions.'),
      provision('p-aaaaaaaaa2', 'example', 'The marshall arrived.'),
      provision('p-aaaaaaaaa3', 'note', 'Специалист должен сообщить.'),
    );
    expect(codes(d)).toEqual([['requirement-in-note', 'p-aaaaaaaaa1']]);
    expect(codes(d, 'ru')).toEqual([['requirement-in-note', 'p-aaaaaaaaa3']]);
    expect(containsRequirement('Спецыяліст павінен паведаміць.', 'be')).toBe(true);
  });

  it('flags broken cross-references, empty titles, duplicate terms and unsafe links', () => {
    const evil: ModelNode = text('x', link('javascript:alert(1)'));
    const d = doc(
      clause('c-aaaaaaaaaa', 1, ''),
      provision(
        'p-aaaaaaaaa1',
        'statement',
        'see ',
        crossRef('c-nowhere000'),
        ' and ',
        crossRef('p-aaaaaaaaa1'),
        evil,
      ),
      term('t-aaaaaaaaa1', 'Child', 'a person'),
      term('t-aaaaaaaaa2', 'minor', 'a person', [' child ']),
      provision('p-aaaaaaaaa2', 'requirement', 'Staff record it.'),
    );
    // A table is a target like a clause: nothing to flag.
    d.content.push(
      provision('p-aaaaaaaaa3', 'statement', 'see ', crossRef('tb-aaaaaaaaa1')),
      table('tb-aaaaaaaaa1', ['Situation'], ['Immediate danger']),
    );
    expect(codes(d)).toEqual([
      ['empty-clause-title', 'c-aaaaaaaaaa'],
      ['cross-ref-missing-target', 'p-aaaaaaaaa1'],
      ['cross-ref-not-clause', 'p-aaaaaaaaa1'],
      ['unsafe-link', 'p-aaaaaaaaa1'],
      ['duplicate-term', 't-aaaaaaaaa2'],
      ['requirement-without-shall', 'p-aaaaaaaaa2'],
    ]);
  });

  it('flags missing, invalid and duplicate ids, including nested lists', () => {
    const d = doc(
      clause('c-aaaaaaaaaa', 1, 'A'),
      provision('p-aaaaaaaaa1', 'statement', 'one'),
      provision('p-aaaaaaaaa1', 'statement', 'copy'),
      provision(null, 'statement', 'none'),
      provision('not an id', 'statement', 'bad'),
      bulletList('l-aaaaaaaaa1', [paragraph('item'), bulletList(null, 'nested')]),
    );
    const found = validateDocument(d).map((f) => [f.code, f.index]);
    expect(found).toEqual([
      ['duplicate-id', 2],
      ['missing-id', 3],
      ['invalid-id', 4],
      ['missing-id', 5],
    ]);
  });

  it('flags structure problems: skipped levels, annex levels, mixed provisions and sub-clauses, tables', () => {
    const merged = table('tb-aaaaaaaaa1', ['a', 'b'], ['1', '2']);
    const cell = merged.content?.[1]?.content?.[0];
    if (cell) cell.attrs = { colspan: 2 };
    const d = doc(
      clause('c-aaaaaaaaa1', 1, 'A'),
      provision('p-aaaaaaaaa1', 'statement', 'text'),
      clause('c-aaaaaaaaa2', 3, 'Deep'),
      clause('c-aaaaaaaaa3', 2, 'Annex', 'annex'),
      provision('p-aaaaaaaaa2', 'statement', ''),
      merged,
    );
    expect(codes(d)).toEqual([
      ['skipped-heading-level', 'c-aaaaaaaaa2'],
      ['provisions-and-subclauses', 'c-aaaaaaaaa2'],
      ['annex-not-top-level', 'c-aaaaaaaaa3'],
      ['empty-provision', 'p-aaaaaaaaa2'],
      ['table-not-representable', 'tb-aaaaaaaaa1'],
    ]);
  });

  it('flags a term defined outside the clause that holds the terms', () => {
    const d = doc(
      clause('c-ttterms001', 1, 'Terms and definitions'),
      clause('c-ttgeneral1', 2, 'General terms'),
      term('t-ttterm0001', 'child', 'a person under the age of 18 years'),
      clause('c-ttgroup001', 2, 'Terms about services'),
      term('t-ttterm0002', 'referral', 'passing a concern to a service that can help'),
      clause('c-ttrefer001', 1, 'Referral'),
      clause('c-ttrefer002', 2, 'Who refers'),
      term('t-ttterm0003', 'frontline practitioner', 'a person who works directly with children'),
    );
    // Sub-clauses of the terms clause count as the terms clause.
    expect(codes(d)).toEqual([['term-outside-terms-clause', 't-ttterm0003']]);
    expect(validateDocument(d)[0]?.severity).toBe('warning');
  });
});

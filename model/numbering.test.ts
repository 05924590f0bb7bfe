import { describe, expect, it } from 'vitest';
import { annexLetter } from './annex-letters.ts';
import { clause, crossRef, doc, provision, table, term } from './builders.ts';
import { computeNumbering, numberOf, referenceText } from './numbering.ts';
import { sampleDocument } from './sample.ts';

describe('computeNumbering', () => {
  it('numbers body clauses, skips front matter and letters annexes', () => {
    const n = computeNumbering(sampleDocument());
    expect(numberOf(n, 'c-foreword01')).toBeNull();
    expect(numberOf(n, 'c-scope00001')).toBe('1');
    expect(numberOf(n, 'c-terms00001')).toBe('2');
    expect(numberOf(n, 'c-ident00001')).toBe('3');
    expect(numberOf(n, 'c-indic00001')).toBe('3.1');
    expect(numberOf(n, 'c-refer00001')).toBe('3.2');
    expect(numberOf(n, 'c-annexa0001')).toBe('A');
    expect(numberOf(n, 'c-annexa0002')).toBe('A.1');
  });

  it('numbers provisions and terms within their clause, notes and examples apart', () => {
    const n = computeNumbering(sampleDocument());
    expect(numberOf(n, 'p-foreword01')).toBeNull();
    expect(numberOf(n, 'p-scope00001')).toBe('1.1');
    expect(numberOf(n, 't-child00001')).toBe('2.1');
    expect(numberOf(n, 't-referral01')).toBe('2.2');
    expect(numberOf(n, 'p-indic00001')).toBe('3.1.1');
    expect(numberOf(n, 'p-indic00002')).toBeNull();
    expect(n.byId.get('p-indic00002')).toMatchObject({ kindIndex: 1, kindCount: 1 });
    expect(numberOf(n, 'p-refer00002')).toBe('3.2.2');
    expect(n.byId.get('p-refer00002')).toMatchObject({ clauseId: 'c-refer00001' });
  });

  it('counts notes per clause so renderers can print NOTE 1, NOTE 2', () => {
    const d = doc(
      clause('c-aaaaaaaaaa', 1, 'A'),
      provision('p-aaaaaaaaa1', 'note', 'one'),
      provision('p-aaaaaaaaa2', 'requirement', 'x shall y'),
      provision('p-aaaaaaaaa3', 'note', 'two'),
      clause('c-bbbbbbbbbb', 1, 'B'),
      provision('p-bbbbbbbbb1', 'note', 'alone'),
    );
    const n = computeNumbering(d);
    expect(n.byId.get('p-aaaaaaaaa1')).toMatchObject({ kindIndex: 1, kindCount: 2 });
    expect(n.byId.get('p-aaaaaaaaa3')).toMatchObject({ kindIndex: 2, kindCount: 2 });
    expect(n.byId.get('p-bbbbbbbbb1')).toMatchObject({ kindIndex: 1, kindCount: 1 });
    expect(numberOf(n, 'p-aaaaaaaaa2')).toBe('1.1');
  });

  it('clamps skipped levels and resets deeper counters', () => {
    const d = doc(
      clause('c-1111111111', 1, 'One'),
      clause('c-1311111111', 3, 'Skipped to three'),
      clause('c-1211111111', 2, 'Two'),
      clause('c-2111111111', 1, 'Next'),
      clause('c-2211111111', 2, 'Sub'),
      clause('c-2221111111', 3, 'Subsub'),
    );
    const n = computeNumbering(d);
    expect(numberOf(n, 'c-1311111111')).toBe('1.1');
    expect(n.byId.get('c-1311111111')).toMatchObject({ level: 2, parentId: 'c-1111111111' });
    expect(numberOf(n, 'c-1211111111')).toBe('1.2');
    expect(numberOf(n, 'c-2111111111')).toBe('2');
    expect(numberOf(n, 'c-2221111111')).toBe('2.1.1');
  });

  it('leaves sub-clauses of front matter unnumbered and resumes after annexes', () => {
    const d = doc(
      clause('c-front00001', 1, 'Introduction', 'front'),
      clause('c-front00002', 2, 'Background'),
      clause('c-body000001', 1, 'Scope'),
      clause('c-annex00001', 1, 'First', 'annex'),
      clause('c-annex00002', 2, 'A one'),
      clause('c-annex00003', 3, 'A one one'),
      clause('c-annex00004', 1, 'Second', 'annex', 'informative'),
      clause('c-annex00005', 2, 'B one'),
    );
    const n = computeNumbering(d);
    expect(numberOf(n, 'c-front00002')).toBeNull();
    expect(numberOf(n, 'c-body000001')).toBe('1');
    expect(numberOf(n, 'c-annex00003')).toBe('A.1.1');
    expect(numberOf(n, 'c-annex00004')).toBe('B');
    expect(n.byId.get('c-annex00004')).toMatchObject({ annexType: 'informative' });
    expect(numberOf(n, 'c-annex00005')).toBe('B.1');
  });

  it('uses Cyrillic annex letters for ru and be, skipping Ё З Й О Ч Ъ Ы Ь', () => {
    const annexes = Array.from({ length: 10 }, (_, i) =>
      clause(`c-annex0000${i}`, 1, `Annex ${i}`, 'annex'),
    );
    const n = computeNumbering(doc(...annexes), { lang: 'ru-RU' });
    expect(annexes.map((a) => numberOf(n, String(a.attrs?.id)))).toEqual(
      'А Б В Г Д Е Ж И К Л'.split(' '),
    );
    expect(annexLetter(12, 'be')).toBe('П');
    expect(annexLetter(8, 'en')).toBe('I');
    expect(annexLetter(26, 'en')).toBe('AA');
  });

  it('renders cross-reference text with the current number', () => {
    const d = doc(
      clause('c-xxxxxxxxxx', 1, 'X'),
      provision('p-xxxxxxxxxx', 'statement', 'see ', crossRef('c-annex00001')),
      clause('c-annex00001', 1, 'Annex', 'annex'),
    );
    const n = computeNumbering(d, { lang: 'ru' });
    expect(referenceText(n, 'c-xxxxxxxxxx')).toBe('1');
    expect(referenceText(n, 'c-annex00001', 'ru')).toBe('Приложение А');
    expect(referenceText(n, 'c-missing000')).toBeNull();
  });

  it('refers to a table by its number: Table 2 in the body, Table A.1 in an annex', () => {
    const d = doc(
      clause('c-xxxxxxxxxx', 1, 'X'),
      provision('p-xxxxxxxxxx', 'statement', 'see ', crossRef('tb-second001')),
      table('tb-first0001', ['Situation'], ['Immediate danger']),
      table('tb-second001', ['Situation'], ['Missing child']),
      clause('c-annex00001', 1, 'Annex', 'annex'),
      table('tb-annex0001', ['Form'], ['Referral']),
    );
    const n = computeNumbering(d);
    expect(referenceText(n, 'tb-second001')).toBe('Table 2');
    expect(referenceText(n, 'tb-annex0001')).toBe('Table A.1');
    expect(referenceText(computeNumbering(d, { lang: 'ru' }), 'tb-annex0001', 'ru')).toBe(
      'Таблица А.1',
    );
    expect(n.tables.map((t) => t.number)).toEqual(['1', '2', 'A.1']);
  });

  it('numbers blocks without ids by position', () => {
    const n = computeNumbering(doc(clause(null, 1, 'X'), term(null, 't', 'def')));
    expect(n.byIndex[1]).toMatchObject({ type: 'term', number: '1.1' });
  });
});

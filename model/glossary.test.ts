import { describe, expect, it } from 'vitest';
import { clause, doc, term } from './builders.ts';
import { buildGlossary } from './glossary.ts';
import { sampleDocument } from './sample.ts';

describe('buildGlossary', () => {
  it('lists terms with numbers, alternatives, sources and plain definitions', () => {
    const glossary = buildGlossary(sampleDocument());
    expect(glossary.map((g) => [g.term, g.number, g.alternatives, g.source])).toEqual([
      ['child', '2.1', ['minor'], 'illustrative source, clause 1'],
      ['referral', '2.2', [], null],
    ]);
    expect(glossary[1]?.definition).toBe(
      'passing a child’s case to a service able to help, as described in 3.2',
    );
  });

  it('sorts by the standard language', () => {
    const d = doc(
      clause('c-aaaaaaaaaa', 1, 'Термины'),
      term('t-aaaaaaaaa1', 'ребёнок', 'лицо до 18 лет'),
      term('t-aaaaaaaaa2', 'Направление', 'передача случая'),
      term('t-aaaaaaaaa3', 'анкета', 'форма'),
    );
    expect(buildGlossary(d, { lang: 'ru' }).map((g) => g.term)).toEqual([
      'анкета',
      'Направление',
      'ребёнок',
    ]);
  });
});

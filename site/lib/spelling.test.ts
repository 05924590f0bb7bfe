import { describe, expect, it } from 'vitest';
import { buildVocabulary, suggestQuery, vocabularyWords } from './spelling.ts';

const vocabulary = buildVocabulary([
  'The practitioner shall make a referral to the designated safeguarding lead.',
  'Online sexual exploitation: a referral is made the same day. Referrals are recorded.',
]);

describe('buildVocabulary', () => {
  it('counts lowercase words of four letters or more, the most frequent first', () => {
    expect(vocabulary[0]).toEqual(['referral', 2]);
    expect(vocabulary.map(([w]) => w)).toContain('safeguarding');
    expect(vocabulary.map(([w]) => w)).not.toContain('the');
    expect(vocabularyWords('Дети и СЕМЬЯ')).toEqual(['дети', 'семья']);
  });
});

describe('suggestQuery', () => {
  it('replaces misspelled words with the nearest word of the text', () => {
    expect(suggestQuery('refferal', vocabulary)).toBe('referral');
    expect(suggestQuery('safegaurding', vocabulary)).toBe('safeguarding');
    expect(suggestQuery('Exploitaton online', vocabulary)).toBe('exploitation online');
  });

  it('proposes nothing for known words, words being typed, or words far from any', () => {
    expect(suggestQuery('referral', vocabulary)).toBeNull();
    expect(suggestQuery('safeg', vocabulary)).toBeNull();
    expect(suggestQuery('interpreter', vocabulary)).toBeNull();
    expect(suggestQuery('', vocabulary)).toBeNull();
  });

  it('leaves short words alone: one slip in four letters is another word', () => {
    expect(suggestQuery('lesd', vocabulary)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { commentAuthor } from './comment-author.ts';

const author = { id: 'u1', name: 'Ann Secretary' };
const agency = { id: 'a1', code: 'MOH', name: 'Ministry of Health (illustrative)' };

describe('commentAuthor', () => {
  it('names the person who wrote a comment in the editor', () => {
    expect(commentAuthor({ author, agency, source: 'web' })).toEqual({
      name: 'Ann Secretary',
      importedBy: null,
    });
  });

  it('credits an imported comment to its agency, and says who imported it', () => {
    expect(commentAuthor({ author, agency, source: 'import' })).toEqual({
      name: 'Ministry of Health (illustrative)',
      importedBy: 'Ann Secretary',
    });
    const codeOnly = { id: null, code: 'MOH', name: null };
    expect(commentAuthor({ author, agency: codeOnly, source: 'import' }).name).toBe('MOH');
    expect(commentAuthor({ author, agency: null, source: 'import' }).name).toBe('Ann Secretary');
  });
});

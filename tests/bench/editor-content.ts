// Large illustrative standards for the editor benchmark: clauses, provisions, notes, cross-references.
import { clause, crossRef, doc, provision } from '../../model/builders.ts';
import type { ModelDoc, ModelNode, ProvisionKind } from '../../model/index.ts';

const WORDS = (
  'practitioner child referral agency service record assessment support information ' +
  'consent safety plan contact procedure team lead review timely appropriate local ' +
  'national guidance training supervision response follow-up partner documented'
).split(' ');

const KINDS: ProvisionKind[] = ['requirement', 'recommendation', 'statement', 'permission', 'note'];

function sentence(seed: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i += 1) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length] ?? 'text');
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/**
 * Use to make a standard of `pages` pages (≈ 500 words and 6 clauses a page) with
 * provisions of ~20 words, a note now and then, and a cross-reference every few clauses.
 */
export function largeStandard(pages: number): {
  doc: ModelDoc;
  clauses: number;
  words: number;
  blocks: number;
} {
  const clauses = pages * 6;
  const content: ModelNode[] = [];
  let words = 0;
  const clauseId = (i: number): string => `c-bench${String(i).padStart(6, '0')}`;
  for (let c = 0; c < clauses; c += 1) {
    const level = c % 6 === 0 ? 1 : c % 3 === 0 ? 2 : 3;
    content.push(clause(clauseId(c), level, sentence(c, 4).replace(/\.$/, '')));
    words += 4;
    for (let p = 0; p < 4; p += 1) {
      const kind = KINDS[(c + p) % KINDS.length] ?? 'statement';
      const id = `p-bench${String(c * 4 + p).padStart(7, '0')}`;
      if (p === 3 && c > 2) {
        content.push(
          provision(id, kind, sentence(c + p, 19), ' See ', crossRef(clauseId(c - 2)), '.'),
        );
      } else {
        content.push(provision(id, kind, sentence(c + p, 20)));
      }
      words += 20;
    }
  }
  return { doc: doc(...content), clauses, words, blocks: content.length };
}

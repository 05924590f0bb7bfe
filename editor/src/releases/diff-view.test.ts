import { describe, expect, it } from 'vitest';
import type { NodeChange } from './api.ts';
import { changeLabel, clausesById } from './diff-view.ts';

const node = (over: Partial<NodeChange>): NodeChange => ({
  id: 'x',
  nodeType: 'provision',
  status: 'kept',
  moved: false,
  renumbered: false,
  changed: true,
  changedAttrs: [],
  oldNumber: null,
  newNumber: null,
  oldClauseId: null,
  newClauseId: null,
  oldText: null,
  newText: null,
  words: null,
  ...over,
});

describe('the heading of a change on the compare page', () => {
  const foreword = node({ id: 'c-fore', nodeType: 'clause', newText: 'Foreword' });
  const clause4 = node({ id: 'c-four', nodeType: 'clause', newNumber: '4', newText: 'Referral' });
  const clauses = clausesById([foreword, clause4]);

  it('names a numbered provision or clause by its number', () => {
    expect(changeLabel(node({ newNumber: '4.2.3' }), clauses)).toBe('Provision 4.2.3');
    expect(changeLabel(clause4, clauses)).toBe('Clause 4');
  });

  it('places an unnumbered paragraph by the clause it is in, not as "Provision unnumbered"', () => {
    expect(changeLabel(node({ newClauseId: 'c-fore' }), clauses)).toBe('Paragraph in Foreword');
    expect(changeLabel(node({ newClauseId: 'c-four' }), clauses)).toBe('Paragraph in clause 4');
    // A removed note is placed by where it was.
    expect(changeLabel(node({ status: 'removed', oldClauseId: 'c-four' }), clauses)).toBe(
      'Paragraph in clause 4',
    );
    expect(changeLabel(foreword, clauses)).toBe('Heading “Foreword”');
  });
});

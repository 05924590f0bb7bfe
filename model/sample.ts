// An illustrative sample standard exercising every node type (demo content, tests, fixtures).
import {
  bulletList,
  clause,
  crossRef,
  doc,
  link,
  orderedList,
  paragraph,
  provision,
  table,
  taskList,
  term,
  text,
} from './builders.ts';
import type { ModelDoc } from './types.ts';

/** Use for demos and tests: a short, illustrative standard with every kind of node. */
export function sampleDocument(): ModelDoc {
  return doc(
    clause('c-foreword01', 1, 'Foreword', 'front'),
    provision(
      'p-foreword01',
      'statement',
      'This document is illustrative sample content for Accord. It is not a real standard.',
    ),
    clause('c-intro00001', 1, 'Introduction', 'front'),
    provision(
      'p-intro00001',
      'statement',
      'Early identification lets professionals ',
      text('refer a child to help', 'italic'),
      ' quickly and safely.',
    ),
    clause('c-scope00001', 1, 'Scope'),
    provision(
      'p-scope00001',
      'statement',
      'This document gives requirements for identifying children who may need protection and referring them to help.',
    ),
    clause('c-terms00001', 1, 'Terms and definitions'),
    term(
      't-child00001',
      'child',
      'person under the age of 18 years',
      ['minor'],
      'illustrative source, clause 1',
    ),
    term('t-referral01', 'referral', [
      'passing a child’s case to a service able to help, as described in ',
      crossRef('c-refer00001'),
    ]),
    clause('c-ident00001', 1, 'Identification'),
    clause('c-indic00001', 2, 'Indicators'),
    provision(
      'p-indic00001',
      'requirement',
      'Staff ',
      text('shall', 'bold'),
      ' consider the indicators in the checklist below.',
    ),
    taskList(
      'l-indic00001',
      'The child shows signs of distress when asked about online contacts.',
      'The child has unexplained gifts or money.',
    ),
    provision('p-indic00002', 'note', 'No single indicator proves exploitation.'),
    clause('c-refer00001', 2, 'Referral'),
    provision(
      'p-refer00001',
      'recommendation',
      'The referral should be made on the same day (see ',
      crossRef('c-indic00001'),
      ').',
    ),
    provision('p-refer00002', 'permission', 'Staff may consult a supervisor first.'),
    orderedList('l-refer00001', 'Record the concern.', 'Inform the designated lead.'),
    provision('p-refer00003', 'example', 'A teacher notices a pattern and informs the lead.'),
    clause('c-annexa0001', 1, 'Contacts', 'annex', 'informative'),
    table(
      'tb-contacts01',
      ['Role', 'Responsibility'],
      ['Designated lead', 'Receives referrals'],
      ['Health service', text('Medical assessment', 'bold')],
    ),
    clause('c-annexa0002', 2, 'Further reading'),
    bulletList('l-reading001', [
      paragraph('See ', text('the project site', link('https://example.org/accord')), '.'),
    ]),
  );
}

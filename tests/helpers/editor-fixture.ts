// A small standard for editor tests: five clauses, provisions, and a cross-reference to clause 4.
import { clause, crossRef, doc, provision } from '../../model/builders.ts';
import type { ModelDoc } from '../../model/index.ts';

/** Ids used by the tests to find blocks. */
export const FIXTURE = {
  clause4: 'c-clause0004',
  provision1: 'p-prov0001',
  refProvision: 'p-prov0ref1',
};

/** Use as the seeded draft of editor tests (illustrative content). */
export function fixtureStandard(): ModelDoc {
  return doc(
    clause('c-clause0001', 1, 'Scope'),
    provision(
      FIXTURE.provision1,
      'statement',
      'This illustrative standard applies to practitioners.',
    ),
    clause('c-clause0002', 1, 'Normative references'),
    provision('p-prov0002', 'statement', 'There are no normative references.'),
    clause('c-clause0003', 1, 'Terms and definitions'),
    provision(
      FIXTURE.refProvision,
      'requirement',
      'Referrals shall follow ',
      crossRef(FIXTURE.clause4),
      '.',
    ),
    clause(FIXTURE.clause4, 1, 'Referral'),
    provision('p-prov0004', 'requirement', 'The practitioner shall refer the child to help.'),
    clause('c-clause0005', 1, 'Records'),
    provision('p-prov0005', 'recommendation', 'Records should be kept securely.'),
  );
}

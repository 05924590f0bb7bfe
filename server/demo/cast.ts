/**
 * The demo working group: invented agencies and people, one user per role, and the
 * comments of the first consultation round. Nothing here names a real person or service.
 */
import type { AgencyKind } from '../accounts/agencies.ts';
import type { Role } from '../auth/permissions.ts';
import type { PublishModelInput } from '../releases/index.ts';
import type { CommentType, DispositionValue } from '../review/rules.ts';
import { demoSummary } from './standard-v1.ts';

export const demoAgencies: { code: string; name: string; kind: AgencyKind }[] = [
  { code: 'MSP', name: 'Ministry of Social Protection (demo)', kind: 'government' },
  { code: 'MOI', name: 'Ministry of Internal Affairs (demo)', kind: 'government' },
  { code: 'MOH', name: 'Ministry of Health (demo)', kind: 'government' },
  { code: 'MOE', name: 'Ministry of Education (demo)', kind: 'government' },
  { code: 'CRN', name: 'Child Rights Network (demo NGO)', kind: 'ngo' },
  { code: 'ICO', name: 'International Children’s Organisation (demo)', kind: 'international' },
];

/**
 * The working group besides the first admin. Sign-in emails use the reserved `.invalid`
 * domain: no mail can ever reach anyone.
 */
export const demoUsers: {
  key: string;
  email: string;
  name: string;
  agency: string;
  role: Role;
}[] = [
  {
    key: 'editor1',
    email: 'editor1@demo.invalid',
    name: 'Dana Editor',
    agency: 'MSP',
    role: 'editor',
  },
  {
    key: 'editor2',
    email: 'editor2@demo.invalid',
    name: 'Sam Editor',
    agency: 'MOI',
    role: 'editor',
  },
  {
    key: 'reviewer1',
    email: 'reviewer1@demo.invalid',
    name: 'Lee Reviewer',
    agency: 'MOH',
    role: 'reviewer',
  },
  {
    key: 'reviewer2',
    email: 'reviewer2@demo.invalid',
    name: 'Kim Reviewer',
    agency: 'CRN',
    role: 'reviewer',
  },
  {
    key: 'observer',
    email: 'observer@demo.invalid',
    name: 'Robin Observer',
    agency: 'ICO',
    role: 'observer',
  },
];

/** Version 1.0's metadata, with fixed times so its release files are byte-identical on every run. */
export const demoRelease: Omit<PublishModelInput, 'model'> = {
  version: '1.0',
  summary: demoSummary,
  changeNote: 'First version of the standard, approved by the multi-agency working group.',
  effectiveDate: '2026-10-01',
  approvers: [
    { name: 'Chair of the working group (demo)', agency: 'Ministry of Social Protection (demo)' },
  ],
  agencies: demoAgencies.map(({ code, name, kind }) => ({ code, name, kind })),
  approvedAt: Date.parse('2026-09-15T09:00:00.000Z'),
  publishedAt: Date.parse('2026-09-15T09:00:00.000Z'),
};

export const demoComments: {
  author: string;
  targetId: string;
  type: CommentType;
  body: string;
  proposedChange?: string;
  disposition?: { value: DispositionValue; observation: string | null };
}[] = [
  {
    author: 'reviewer1',
    targetId: 'p-disclosure3',
    type: 'technical',
    body: 'In hospitals the designated safeguarding lead may not be on duty at night. The requirement should say who is told outside working hours.',
    proposedChange:
      'Add: “Outside working hours, the practitioner shall tell the on-call child protection service.”',
    disposition: {
      value: 'accepted-in-part',
      observation:
        'The “at once where the child may be in danger” wording covers the urgent case; on-call arrangements will be set out in Annex B.',
    },
  },
  {
    author: 'reviewer2',
    targetId: 'p-participation1',
    type: 'general',
    body: 'Children who took part in the NGO’s consultation asked to be told who their case manager is. Please make this explicit.',
    proposedChange: 'Add: “The child shall be told the name of their case manager.”',
    disposition: {
      value: 'accepted',
      observation: 'Will be added to clause 7.3 in the next draft.',
    },
  },
  {
    author: 'reviewer2',
    targetId: 'c-indicatorsonline',
    type: 'technical',
    body: 'The online indicators could mention sudden deletion of accounts or messages, which youth workers often notice first.',
  },
  {
    author: 'reviewer1',
    targetId: 'p-recording2',
    type: 'editorial',
    body: '“speculation” may be hard to translate; “guesses” is plainer.',
    disposition: {
      value: 'rejected',
      observation:
        'The term is used consistently in the national glossary; translators have agreed it.',
    },
  },
  {
    author: 'reviewer2',
    targetId: 'p-training1',
    type: 'general',
    body: 'Welcome the new training clause. NGOs should be able to take part in the joint training.',
  },
];

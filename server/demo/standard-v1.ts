/**
 * The demo standard, version 1.0: an original, ILLUSTRATIVE text written for Accord's demo.
 * It is not an official standard of any country or body. Agencies, roles and time limits
 * are examples of how such a standard is written, not advice for a real case.
 */
import type { ModelDoc } from '../../model/index.ts';
import {
  annex,
  bullets,
  checklist,
  clause,
  doc,
  example,
  front,
  may,
  note,
  ref,
  shall,
  should,
  table,
  term,
  text,
} from './build.ts';

export const demoSlug = 'child-exploitation-identification';
export const demoTitle =
  'Identification and referral of children affected by sexual exploitation, including online';
export const demoSummary =
  'How frontline staff in police, social services, health, education and NGOs recognise that a child may be affected by sexual exploitation, including online, respond safely, and refer the child to help. Illustrative demo content.';

/** Version 1.0 of the demo standard, as model JSON. */
export function demoStandardV1(): ModelDoc {
  return doc(
    front('c-foreword', 'Foreword'),
    text(
      'p-foreword1',
      'ILLUSTRATIVE DEMO CONTENT. This document was written to demonstrate Accord. It is not an official standard of any country, ministry or organisation, and it must not be used to decide a real case.',
    ),
    text(
      'p-foreword2',
      'This document was prepared by a multi-agency working group with representatives of the ministries responsible for internal affairs, social protection, health and education, of non-governmental organisations working with children, and of an international organisation.',
    ),
    front('c-introduction', 'Introduction'),
    text(
      'p-intro1',
      'Children affected by sexual exploitation are often not identified because the signs are scattered across agencies: a teacher notices a change in behaviour, a doctor sees a pattern of visits, a police officer meets the child in another context. This standard gives every frontline practitioner the same indicators, the same first-response steps and the same referral pathway, so that no child falls between services.',
    ),
    text(
      'p-intro2',
      'The standard is written for practitioners who may meet a child only once. It puts the child’s safety and best interests first, and it asks practitioners to act on reasonable concern rather than to investigate or to seek proof.',
    ),

    clause('c-scope', 1, 'Scope'),
    text(
      'p-scope1',
      'This standard specifies how practitioners in police, child protection services, health, education and non-governmental organisations identify children who may be affected by sexual exploitation, including online sexual exploitation, how they respond at first contact, and how they refer the child to the services that protect and support them.',
    ),
    text(
      'p-scope2',
      'It applies to every practitioner who works with children or who may meet a child in the course of their work. It does not specify how criminal investigations are conducted or how therapeutic services are delivered.',
    ),

    clause('c-normativereferences', 1, 'Normative references'),
    text('p-normref1', 'There are no normative references in this document.'),

    clause('c-terms', 1, 'Terms and definitions'),
    text(
      'p-terms1',
      'For the purposes of this document, the following terms and definitions apply.',
    ),
    term('t-child', 'child', 'any person under the age of 18 years', {
      source: 'adapted from the UN Convention on the Rights of the Child, Article 1',
    }),
    term(
      't-sexualexploitation',
      'sexual exploitation of a child',
      'any actual or attempted abuse of a child’s position of vulnerability, differential power or trust for sexual purposes, including where the child or another person receives, or is promised, something in exchange',
    ),
    term(
      't-onlineexploitation',
      'online sexual exploitation',
      'sexual exploitation of a child that is facilitated, carried out or recorded through information and communication technologies',
      { alternatives: ['technology-facilitated sexual exploitation'] },
    ),
    term(
      't-disclosure',
      'disclosure',
      'the moment a child tells a practitioner, directly or indirectly, about harm they have experienced or are experiencing',
    ),
    term(
      't-referral',
      'referral',
      'the documented transfer of concern about a child from one agency to another so that the receiving agency can assess and act',
    ),
    term(
      't-casemanager',
      'case manager',
      'the practitioner of the child protection service who coordinates the assessment, the plan and the follow-up for one child',
    ),
    term(
      't-multiagencyteam',
      'multi-agency team',
      'practitioners from the agencies involved with a child who meet to share information and agree a joint plan',
    ),
    term(
      't-designatedlead',
      'designated safeguarding lead',
      'the person in an organisation who receives internal concerns about children and decides, with the practitioner, whether to refer',
      { alternatives: ['safeguarding focal point'] },
    ),
    term(
      't-indicator',
      'indicator',
      'an observable sign that, alone or together with others, gives reasonable grounds for concern that a child may be affected by sexual exploitation',
    ),

    clause('c-principles', 1, 'Guiding principles'),
    // The introduction has a sub-clause of its own: directly under clause 4 it would be
    // numbered 4.1 like the first sub-clause, which validation refuses to freeze.
    clause('c-principlesgeneral', 2, 'General'),
    text(
      'p-principles1',
      'The principles in this clause apply to every step of identification, response and referral.',
    ),
    clause('c-bestinterests', 2, 'Best interests of the child'),
    shall(
      'p-bestinterests1',
      'In every decision taken under this standard, the best interests of the child shall be a primary consideration.',
    ),
    note(
      'p-bestinterests2',
      'The best interests of the child include the child’s safety, well-being, development and family relationships, weighed for this particular child.',
    ),
    clause('c-donoharm', 2, 'Do no harm'),
    shall(
      'p-donoharm1',
      'Practitioners shall avoid any action that exposes the child to further harm, stigma or repeated questioning.',
    ),
    should(
      'p-donoharm2',
      'Practitioners should ask the child to tell their account as few times as possible and should leave detailed interviews to specially trained staff.',
    ),
    clause('c-confidentiality', 2, 'Confidentiality and data protection'),
    shall(
      'p-confidentiality1',
      'Information about the child shall be shared only with those who need it to protect the child, and only to the extent necessary (see ',
      ref('c-informationsharing'),
      ').',
    ),
    shall(
      'p-confidentiality2',
      'Practitioners shall not promise a child to keep a disclosure secret; they shall explain, in words suited to the child’s age, who will be told and why.',
    ),
    clause('c-nondiscrimination', 2, 'Non-discrimination'),
    shall(
      'p-nondiscrimination1',
      'Every child shall be identified, protected and referred without discrimination of any kind, including on grounds of sex, gender, disability, ethnicity, language, migration status or the child’s own behaviour.',
    ),
    note(
      'p-nondiscrimination2',
      'Boys, children with disabilities and children on the move are less often identified; practitioners are encouraged to be aware of these gaps.',
    ),
    clause('c-participation', 2, 'Participation of the child'),
    shall(
      'p-participation1',
      'The child shall be informed, in a way they understand, about what happens next and shall be given the opportunity to express their views; their views shall be given due weight according to age and maturity.',
    ),

    clause('c-identification', 1, 'Identification'),
    clause('c-identificationgeneral', 2, 'General'),
    shall(
      'p-identification1',
      'Practitioners shall treat the indicators in this clause as grounds for concern, not as proof. A single indicator may be enough to act on when it gives reasonable grounds for concern.',
    ),
    shall(
      'p-identification2',
      'A practitioner who has reasonable grounds for concern shall follow the first-response steps in ',
      ref('c-firstresponse'),
      ' and shall not investigate the concern themselves.',
    ),
    note(
      'p-identification3',
      'The indicators are grouped to help recall. Many of them also have other explanations, which is why they are discussed with the designated safeguarding lead.',
    ),
    clause('c-indicatorsbehavioural', 2, 'Behavioural indicators'),
    checklist('l-indicatorsbehavioural', [
      'Sudden change in behaviour, mood or school attendance',
      'Going missing from home, care or school, or returning late without explanation',
      'New relationships with older people that the child is secretive about',
      'Unexplained money, gifts, phones or clothes',
      'Withdrawal from friends, family or usual activities',
    ]),
    clause('c-indicatorshealth', 2, 'Physical and health indicators'),
    checklist('l-indicatorshealth', [
      'Repeated visits to health services for sexual or reproductive health concerns',
      'Injuries for which the explanation given does not fit',
      'Signs of substance use that are new for the child',
      'Signs of neglect of the child’s basic needs',
    ]),
    clause('c-indicatorsonline', 2, 'Online and digital indicators'),
    checklist('l-indicatorsonline', [
      'Secretive use of phones, apps or accounts, or more than one phone',
      'Contact online with unknown adults who offer attention, gifts or opportunities',
      'Distress after being online or after receiving messages',
      'Concern, raised by the child or by peers, that images of the child are being shared or used to pressure the child',
    ]),
    note(
      'p-indicatorsonline1',
      'Practitioners must never view, copy, forward or store images of a child that may be sexual; they describe the concern in words and leave digital evidence to the police.',
    ),
    clause('c-indicatorssituational', 2, 'Situational indicators'),
    checklist('l-indicatorssituational', [
      'The child lives outside family care, or the family care is unstable',
      'The child has previously been exploited or abused',
      'The child is out of education or frequently excluded',
      'The child is associated with places or groups known to the agency for exploitation concerns',
    ]),

    clause('c-firstresponse', 1, 'First response'),
    clause('c-immediatesafety', 2, 'Immediate safety'),
    shall(
      'p-safety1',
      'If the child is in immediate danger, the practitioner shall contact the police emergency service at once and stay with the child, or keep the child in a safe place, until help arrives.',
    ),
    shall(
      'p-safety2',
      'If the child needs urgent medical care, the practitioner shall arrange it before any other step.',
    ),
    clause('c-disclosure', 2, 'Responding to a disclosure'),
    shall(
      'p-disclosure1',
      'When a child discloses, the practitioner shall listen calmly, take the child seriously and reassure the child that telling was the right thing to do.',
    ),
    should(
      'p-disclosure2',
      'The practitioner should use open questions only to clarify what the child wants to say, and should not ask for details of what happened.',
    ),
    shall(
      'p-disclosure3',
      'The practitioner shall tell the designated safeguarding lead the same working day.',
    ),
    example(
      'p-disclosure4',
      '“Thank you for telling me. You have not done anything wrong. I need to tell someone whose job is to help keep you safe, and I will tell you what happens next.”',
    ),
    clause('c-recording', 2, 'Recording'),
    shall(
      'p-recording1',
      'The practitioner shall record, as soon as possible and in the child’s own words where possible, what was seen and heard, when, and who was told.',
    ),
    should(
      'p-recording2',
      'Records should separate facts from the practitioner’s opinion and should not include speculation about what may have happened.',
    ),

    clause('c-referral', 1, 'Referral pathway'),
    clause('c-referralgeneral', 2, 'General'),
    shall(
      'p-referral1',
      'Every concern that gives reasonable grounds to believe that a child may be affected by sexual exploitation shall be referred to the child protection service of the area where the child lives.',
    ),
    shall('p-referral2', 'The referral shall use the fields listed in ', ref('c-annexform'), '.'),
    may(
      'p-referral3',
      'Where the child protection service cannot be reached, the referral may be made to the police, who then inform the child protection service.',
    ),
    clause('c-referraltimelines', 2, 'Referral timelines'),
    text('p-timelines1', 'Table 1 sets out who refers to whom and within what time.'),
    table(
      'tb-timelines',
      'Referral timelines',
      ['Situation', 'Who refers', 'Refers to', 'Within'],
      [
        ['Child in immediate danger', 'Any practitioner', 'Police emergency service', 'At once'],
        [
          'Disclosure or strong indicators',
          'Designated safeguarding lead',
          'Child protection service',
          'The same working day',
        ],
        [
          'Concern based on several indicators',
          'Designated safeguarding lead',
          'Child protection service',
          '2 working days',
        ],
        ['Online images of a child shared', 'Any practitioner', 'Police', 'At once'],
      ],
    ),
    note(
      'p-timelines2',
      'The time limits in this table are illustrative; a national standard sets them after consultation.',
    ),
    clause('c-referralacknowledgement', 2, 'Acknowledgement and feedback'),
    shall(
      'p-acknowledgement1',
      'The child protection service shall acknowledge each referral within one working day and shall name the case manager.',
    ),
    should(
      'p-acknowledgement2',
      'The case manager should tell the referring practitioner, within the limits of confidentiality, what action has been taken.',
    ),

    clause('c-roles', 1, 'Roles of agencies'),
    clause('c-rolepolice', 2, 'Police'),
    shall(
      'p-police1',
      'The police shall respond to immediate danger, secure digital evidence and conduct any criminal investigation in a way that avoids repeated interviews of the child.',
    ),
    clause('c-rolecps', 2, 'Child protection services'),
    shall(
      'p-cps1',
      'The child protection service shall assess every referral, appoint a case manager and convene the multi-agency team when more than one agency is involved.',
    ),
    clause('c-rolehealth', 2, 'Health services'),
    shall(
      'p-health1',
      'Health services shall provide medical care without delay and shall refer in accordance with ',
      ref('c-referraltimelines'),
      '.',
    ),
    clause('c-roleeducation', 2, 'Education'),
    should(
      'p-education1',
      'Schools should appoint a designated safeguarding lead and should train all staff to recognise the indicators in ',
      ref('c-identification'),
      ' at least once a year.',
    ),
    clause('c-rolengos', 2, 'Non-governmental organisations and helplines'),
    may(
      'p-ngos1',
      'Non-governmental organisations and child helplines may receive concerns directly from children and shall refer them in accordance with this standard.',
    ),
    bullets('l-ngoservices', [
      ['specialised support and counselling for the child'],
      ['accompaniment of the child through proceedings'],
      ['peer support and information for families'],
    ]),

    clause('c-informationsharing', 1, 'Information sharing'),
    shall(
      'p-sharing1',
      'Agencies shall share the information needed to protect a child with the case manager and the multi-agency team, on the legal basis that applies to each agency.',
    ),
    shall(
      'p-sharing2',
      'Information shall be shared through secure channels and recorded: what was shared, with whom, when and why.',
    ),
    should(
      'p-sharing3',
      'Where it is safe and appropriate, the child and their caregivers should be told what information is shared.',
    ),

    clause('c-followup', 1, 'Follow-up and case closure'),
    shall(
      'p-followup1',
      'The case manager shall review the child’s plan with the multi-agency team at least every three months while the case is open.',
    ),
    shall(
      'p-followup2',
      'A case shall be closed only when the multi-agency team agrees that the child is safe and that the support the child needs is in place; the reasons shall be recorded.',
    ),
    should(
      'p-followup3',
      'Before closure, the child should be told who to contact if they need help again.',
    ),

    annex('c-annexform', 'Referral form fields', 'normative'),
    text('p-form1', 'A referral under this standard contains the following fields.'),
    table(
      'tb-formfields',
      'Fields of a referral',
      ['Field', 'Content', 'Required'],
      [
        ['Child', 'Name, date of birth or estimated age, languages spoken', 'Yes'],
        ['Where the child is now', 'Current location and whether the child is safe', 'Yes'],
        ['Concern', 'What was seen or heard, in facts; indicators observed', 'Yes'],
        ['Disclosure', 'Whether the child disclosed, in the child’s own words', 'If any'],
        ['Actions taken', 'Emergency contacts made, medical care arranged', 'Yes'],
        ['Referring practitioner', 'Name, role, agency, how to reach them', 'Yes'],
      ],
    ),
    annex('c-annexcontacts', 'Contact table', 'informative'),
    text(
      'p-contacts1',
      'Each area completes this table with its own contacts. The entries below are placeholders, not real services.',
    ),
    table(
      'tb-contacts',
      'Contacts of the area (to be completed locally)',
      ['Service', 'Contact'],
      [
        ['Police emergency service', '[national emergency number]'],
        ['Child protection service of the area', '[name and contact of the service]'],
        ['Child helpline', '[helpline number]'],
        ['Health service for children', '[name and contact of the service]'],
      ],
    ),
  );
}

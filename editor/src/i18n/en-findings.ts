// English texts of validation findings (model validateDocument codes), part of the en catalogue.
export const findingMessages = {
  'finding.atCaret': 'Check here:',
  'finding.adviceAtCaret': 'Advice here:',
  'finding.duplicate-id': 'Duplicate block id (will be repaired)',
  'finding.missing-id': 'Block without an id (will be repaired)',
  'finding.invalid-id': 'Invalid block id',
  'finding.empty-clause-title': 'Clause heading has no title',
  'finding.skipped-heading-level': 'Heading skips a level',
  'finding.annex-not-top-level': 'Front matter and annex headings must be level 1',
  'finding.cross-ref-missing-target': 'Cross-reference to a clause that no longer exists',
  'finding.cross-ref-not-clause': 'Cross-reference does not point at a clause',
  'finding.requirement-in-note': 'A note or example states a requirement ("shall" or "must")',
  'finding.requirement-without-shall': 'Requirement without "shall"',
  'finding.duplicate-term': 'Term defined twice',
  'finding.term-outside-terms-clause':
    'Term defined outside the terms clause: readers look for every definition there',
  'finding.empty-term': 'Term without a name',
  'finding.empty-provision': 'Empty provision',
  'finding.provisions-and-subclauses':
    'Clause has both numbered provisions and sub-clauses, so a provision and a sub-clause get the same number (such as 4.1 twice): move the provisions into a first sub-clause, such as "General". A version cannot be frozen until this is fixed.',
  'finding.unsafe-link': 'Link that is not http, https or mailto',
  'finding.table-not-representable': 'Table with merged cells or misplaced header cells',
} as const;

import { listMembers } from '../accounts/members.ts';
import { getUser } from '../accounts/users.ts';
import type { Db } from '../db/open.ts';
import type { ReleaseAgency, ReleaseApprover } from './release-rows.ts';

/** The agencies of a standard's working group now, by code: what a release freezes. */
export function workingGroupAgencies(db: Db, standardId: string): ReleaseAgency[] {
  const byCode = new Map<string, ReleaseAgency>();
  for (const member of listMembers(db, standardId)) {
    const agency = member.agency;
    if (agency)
      byCode.set(agency.code, { code: agency.code, name: agency.name, kind: agency.kind });
  }
  return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** A user as an approver (name and agency name), frozen into the release at approval. */
export function approverOf(db: Db, userId: string): ReleaseApprover {
  const user = getUser(db, userId);
  return { name: user?.name ?? 'Unknown user', agency: user?.agency?.name ?? '' };
}

import type { Role } from '../auth/permissions.ts';
import type { Db } from '../db/open.ts';
import { getAgency, type Agency } from './agencies.ts';

/** Memberships: one role per user per standard (the working group). */
export interface Member {
  userId: string;
  name: string;
  email: string;
  agency: Agency | null;
  role: Role;
  grantedAt: string;
}

/** The role a user holds on a standard, or null. */
export function roleOf(db: Db, standardId: string, userId: string): Role | null {
  const row = db
    .prepare('SELECT role FROM memberships WHERE standard_id = ? AND user_id = ?')
    .get(standardId, userId) as { role: Role } | undefined;
  return row?.role ?? null;
}

/** The working group of a standard, by name. */
export function listMembers(db: Db, standardId: string): Member[] {
  const rows = db
    .prepare(
      `SELECT m.user_id, m.role, m.granted_at, u.name, u.email, u.agency_id
       FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE m.standard_id = ? ORDER BY u.name, u.email`,
    )
    .all(standardId) as {
    user_id: string;
    role: Role;
    granted_at: number;
    name: string;
    email: string;
    agency_id: string | null;
  }[];
  return rows.map((r) => ({
    userId: r.user_id,
    name: r.name,
    email: r.email,
    agency: r.agency_id ? getAgency(db, r.agency_id) : null,
    role: r.role,
    grantedAt: new Date(r.granted_at).toISOString(),
  }));
}

/** Give a user a role on a standard, replacing any role they had. Returns the previous role. */
export function grantRole(
  db: Db,
  input: { standardId: string; userId: string; role: Role; grantedBy: string | null },
): Role | null {
  const previous = roleOf(db, input.standardId, input.userId);
  db.prepare(
    `INSERT INTO memberships (standard_id, user_id, role, granted_at, granted_by) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (standard_id, user_id) DO UPDATE SET role = excluded.role, granted_at = excluded.granted_at, granted_by = excluded.granted_by`,
  ).run(input.standardId, input.userId, input.role, Date.now(), input.grantedBy);
  return previous;
}

/** Take a user's role on a standard away; false when they had none. */
export function revokeRole(db: Db, standardId: string, userId: string): boolean {
  return (
    db
      .prepare('DELETE FROM memberships WHERE standard_id = ? AND user_id = ?')
      .run(standardId, userId).changes > 0
  );
}

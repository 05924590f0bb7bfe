import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { hashPassword } from '../auth/password.ts';
import { leastUsedColor } from '../auth/user-color.ts';
import type { Db } from '../db/open.ts';
import { AgencySchema, getAgency, type Agency } from './agencies.ts';

/**
 * Users: one row per person. Email is unique without regard to case; an admin flag gives
 * every permission; a disabled user can neither sign in nor use tokens or sockets.
 */
export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  agency: AgencySchema.nullable(),
  isAdmin: z.boolean(),
  disabled: z.boolean(),
  color: z.string(),
  createdAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;

/** What others see of a user next to a comment or a release: name, colour and agency. */
export interface UserSummary {
  id: string;
  name: string;
  color: string;
  agency: Agency | null;
}

interface UserRow {
  id: string;
  email: string;
  name: string;
  agency_id: string | null;
  password_hash: string;
  is_admin: number;
  disabled: number;
  color: string;
  created_at: number;
  password_changed_at: number;
}

function toUser(db: Db, r: UserRow): User {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    agency: r.agency_id ? getAgency(db, r.agency_id) : null,
    isAdmin: r.is_admin === 1,
    disabled: r.disabled === 1,
    color: r.color,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

/** The user with an id, or null. */
export function getUser(db: Db, id: string): User | null {
  const row = db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
  return row ? toUser(db, row) : null;
}

/** The user with an email (any case), or null. */
export function findUserByEmail(db: Db, email: string): User | null {
  const row = db.prepare('SELECT * FROM users WHERE email = ?').get(email.trim()) as
    UserRow | undefined;
  return row ? toUser(db, row) : null;
}

/** The stored password hash of a user; only sign-in and password change need it. */
export function passwordHashOf(db: Db, userId: string): string | null {
  const row = db.prepare('SELECT password_hash FROM users WHERE id = ?').get(userId) as
    { password_hash: string } | undefined;
  return row?.password_hash ?? null;
}

/** Every user, by name; for the admin list. */
export function listUsers(db: Db): User[] {
  const rows = db.prepare('SELECT * FROM users ORDER BY name, email').all() as UserRow[];
  return rows.map((r) => toUser(db, r));
}

/** The public face of a user for comments and releases (name, colour, agency), or null. */
export function userSummary(db: Db, id: string): UserSummary | null {
  const user = getUser(db, id);
  return user ? { id: user.id, name: user.name, color: user.color, agency: user.agency } : null;
}

/** How many users exist; zero means first start. */
export function countUsers(db: Db): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n;
}

export interface NewUser {
  email: string;
  name: string;
  agencyId: string | null;
  isAdmin: boolean;
  password: string;
}

export type CreateUserResult = { ok: true; user: User } | { ok: false; error: 'email-taken' };

/** Create a user (password hashed here). Used by the API, the CLI, first start and the demo seeder. */
export async function createUser(db: Db, input: NewUser): Promise<CreateUserResult> {
  const hash = await hashPassword(input.password);
  if (findUserByEmail(db, input.email)) return { ok: false, error: 'email-taken' };
  const id = randomUUID();
  const now = Date.now();
  const colors = db.prepare('SELECT color FROM users WHERE disabled = 0').pluck().all() as string[];
  db.prepare(
    `INSERT INTO users (id, email, name, agency_id, password_hash, is_admin, disabled, color, created_at, password_changed_at)
     VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`,
  ).run(
    id,
    input.email.trim(),
    input.name,
    input.agencyId,
    hash,
    input.isAdmin ? 1 : 0,
    leastUsedColor(id, colors),
    now,
    now,
  );
  const user = getUser(db, id);
  if (!user) throw new Error('user vanished after insert');
  return { ok: true, user };
}

/** Change a user's display name and/or agency. */
export function updateProfile(
  db: Db,
  userId: string,
  change: { name?: string | undefined; agencyId?: string | null | undefined },
): void {
  if (change.name !== undefined)
    db.prepare('UPDATE users SET name = ? WHERE id = ?').run(change.name, userId);
  if (change.agencyId !== undefined)
    db.prepare('UPDATE users SET agency_id = ? WHERE id = ?').run(change.agencyId, userId);
}

/** Grant or remove the platform-admin flag. */
export function setAdmin(db: Db, userId: string, isAdmin: boolean): void {
  db.prepare('UPDATE users SET is_admin = ? WHERE id = ?').run(isAdmin ? 1 : 0, userId);
}

/**
 * Store a new password and end the user's sessions except `keepSessionId` (the one that
 * made the change, if any). Returns the ids of the sessions ended, whose open editor
 * connections the caller closes.
 */
export async function setPassword(
  db: Db,
  userId: string,
  password: string,
  keepSessionId: string | null = null,
): Promise<string[]> {
  const hash = await hashPassword(password);
  return db.transaction(() => {
    db.prepare('UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?').run(
      hash,
      Date.now(),
      userId,
    );
    const ended = db
      .prepare('DELETE FROM sessions WHERE user_id = ? AND id IS NOT ? RETURNING id')
      .all(userId, keepSessionId) as { id: string }[];
    return ended.map((row) => row.id);
  })();
}

/**
 * Disable or re-enable a user. Disabling ends their sessions and revokes their API tokens at
 * once: an account disabled because it was misused must not come back with the same keys
 * when it is re-enabled (the user makes new tokens). Open sockets must be closed by the
 * caller (the API and the access watcher do it).
 */
export function setDisabled(db: Db, userId: string, disabled: boolean): void {
  db.transaction(() => {
    db.prepare('UPDATE users SET disabled = ? WHERE id = ?').run(disabled ? 1 : 0, userId);
    if (!disabled) return;
    db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
    db.prepare('UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL').run(
      Date.now(),
      userId,
    );
  })();
}

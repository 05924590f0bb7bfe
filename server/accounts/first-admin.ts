import { randomPassword } from '../auth/password.ts';
import type { Db } from '../db/open.ts';
import { audit } from './audit.ts';
import { countUsers, createUser, type User } from './users.ts';

export type FirstAdminResult =
  { created: false } | { created: true; user: User; password: string; generated: boolean };

/**
 * On an empty database, create the first platform admin (the given password, or a random
 * one the caller must show once). Does nothing when any user exists. Used at server start
 * and by the demo seeder.
 */
export async function ensureFirstAdmin(
  db: Db,
  options: { email: string; password?: string | undefined },
): Promise<FirstAdminResult> {
  if (countUsers(db) > 0) return { created: false };
  const generated = options.password === undefined;
  const password = options.password ?? randomPassword();
  const result = await createUser(db, {
    email: options.email,
    name: 'Administrator',
    agencyId: null,
    isAdmin: true,
    password,
  });
  if (!result.ok) return { created: false };
  audit(db, {
    action: 'user.create',
    actorId: null,
    targetUserId: result.user.id,
    detail: { email: result.user.email, isAdmin: true, firstStart: true },
  });
  return { created: true, user: result.user, password, generated };
}

import { randomPassword } from '../auth/password.ts';
import type { Db } from '../db/open.ts';
import { audit } from './audit.ts';
import { createUser, type User } from './users.ts';

export type FirstAdminResult =
  { created: false } | { created: true; user: User; password: string; generated: boolean };

/**
 * When no platform admin exists yet (first start), create one (the given password, or a random
 * one the caller must show once). Does nothing once an admin exists. Used at server start
 * and by the demo seeder.
 */
export async function ensureFirstAdmin(
  db: Db,
  options: { email: string; password?: string | undefined },
): Promise<FirstAdminResult> {
  // "Empty" means no admin: users added with the CLI before the first start do not count.
  const admins = db.prepare('SELECT COUNT(*) AS n FROM users WHERE is_admin = 1').get() as {
    n: number;
  };
  if (admins.n > 0) return { created: false };
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

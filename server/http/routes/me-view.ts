import type { User } from '../../accounts/users.ts';
import type { z } from 'zod';
import type { AdminUser, Me } from './schemas.ts';

/** The caller's own view of their account (no password hash, no flags they cannot use). */
export function meView(user: User): z.infer<typeof Me> {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    agency: user.agency,
    isAdmin: user.isAdmin,
    color: user.color,
  };
}

/** An admin's view of a user. */
export function adminUserView(user: User): z.infer<typeof AdminUser> {
  return { ...meView(user), disabled: user.disabled, createdAt: user.createdAt };
}

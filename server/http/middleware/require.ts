import type { Context } from 'hono';
import { roleOf } from '../../accounts/members.ts';
import { findStandardBySlug, type Standard } from '../../accounts/standards.ts';
import type { Caller } from '../../auth/caller.ts';
import {
  can,
  canOnPlatform,
  effectiveRole,
  type Action,
  type EffectiveRole,
  type PlatformAction,
} from '../../auth/permissions.ts';
import type { Db } from '../../db/open.ts';
import { problem } from '../problem.ts';
import type { ApiEnv } from './api-env.ts';

export type Access<T> = ({ ok: true } & T) | { ok: false; response: Response };

/** The signed-in caller, or a 401 problem. Use first in every route that needs a user. */
export function requireCaller(c: Context<ApiEnv>): Access<{ caller: Caller }> {
  const caller = c.get('caller');
  if (!caller)
    return {
      ok: false,
      response: problem(c, 401, 'Unauthorized', 'Sign in or send an API token.'),
    };
  return { ok: true, caller };
}

/** The caller when they may perform a platform action (admins), else 401 or 403. */
export function requirePlatform(
  c: Context<ApiEnv>,
  action: PlatformAction,
): Access<{ caller: Caller }> {
  const who = requireCaller(c);
  if (!who.ok) return who;
  if (!canOnPlatform(who.caller.user.isAdmin, action))
    return {
      ok: false,
      response: problem(c, 403, 'Forbidden', 'Only platform admins may do this.'),
    };
  return who;
}

/**
 * The caller, the standard and their role when they may perform `action` on the standard
 * with this slug. 401 when anonymous; 404 when the standard does not exist or the caller
 * has no role on it (its existence is not revealed); 403 when their role does not allow it.
 * Use in every route under /api/standards/{slug}.
 */
export function requireStandardRole(
  c: Context<ApiEnv>,
  db: Db,
  slug: string,
  action: Action,
): Access<{ caller: Caller; standard: Standard; role: EffectiveRole }> {
  const who = requireCaller(c);
  if (!who.ok) return who;
  const standard = findStandardBySlug(db, slug);
  const role = standard
    ? effectiveRole(who.caller.user.isAdmin, roleOf(db, standard.id, who.caller.user.id))
    : null;
  if (!standard || role === null)
    return { ok: false, response: problem(c, 404, 'Not Found', `No standard '${slug}'.`) };
  if (!can(role, action))
    return {
      ok: false,
      response: problem(c, 403, 'Forbidden', `Your role (${role}) does not allow ${action}.`),
    };
  return { ok: true, caller: who.caller, standard, role };
}

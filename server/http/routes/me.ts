import type { Hono } from 'hono';
import { sessionCredential } from '../../auth/collab-authenticator.ts';
import { z } from 'zod';
import { agencyCode, findAgencyByCode } from '../../accounts/agencies.ts';
import { audit } from '../../accounts/audit.ts';
import { getUser, passwordHashOf, setPassword, updateProfile } from '../../accounts/users.ts';
import { verifyPassword } from '../../auth/password.ts';
import { canOnPlatform } from '../../auth/permissions.ts';
import type { ApiDeps, ApiEnv } from '../middleware/api-env.ts';
import { requireCaller } from '../middleware/require.ts';
import { invalid, parseBody } from '../middleware/validate.ts';
import { problem } from '../problem.ts';
import { meView } from './me-view.ts';
import { slowDown, tooManyAttempts } from './password-attempt.ts';
import type { RouteDoc } from './route-doc.ts';
import { authProblems, Me, NewPassword, PersonName, ProblemOut } from './schemas.ts';

const PatchMe = z.strictObject({
  name: PersonName.optional(),
  agency: agencyCode
    .nullable()
    .optional()
    .describe(
      'Agency code, or null for none. Platform admins only: anyone else gets 403 and nothing ' +
        'changes (an admin moves a user with PATCH /api/users/{id})',
    ),
});
const ChangePassword = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: NewPassword,
});

/** The caller's own account: read, rename (admins also change agency), change password. */
export function meRoutes(app: Hono<ApiEnv>, deps: ApiDeps): void {
  const { db } = deps;

  app.get('/me', (c) => {
    const who = requireCaller(c);
    if (!who.ok) return who.response;
    return c.json(meView(who.caller.user));
  });

  app.patch('/me', async (c) => {
    const who = requireCaller(c);
    if (!who.ok) return who.response;
    const body = await parseBody(c, PatchMe);
    if (!body.ok) return body.response;
    // A reviewer's agency decides whose comments they see: only an admin may change it.
    if (body.data.agency !== undefined && !canOnPlatform(who.caller.user.isAdmin, 'users.manage'))
      return problem(
        c,
        403,
        'Forbidden',
        'Only an administrator can change your agency; nothing was changed.',
      );
    let agencyId: string | null | undefined;
    if (body.data.agency === null) agencyId = null;
    else if (body.data.agency !== undefined) {
      const agency = findAgencyByCode(db, body.data.agency);
      if (!agency) return invalid(c, [{ field: 'agency', message: 'No agency with this code.' }]);
      agencyId = agency.id;
    }
    const userId = who.caller.user.id;
    updateProfile(db, userId, { name: body.data.name, agencyId });
    audit(db, {
      action: 'user.update',
      actorId: userId,
      targetUserId: userId,
      ip: c.get('ip'),
      detail: { fields: Object.keys(body.data) },
    });
    const user = getUser(db, userId);
    return user ? c.json(meView(user)) : c.body(null, 404);
  });

  app.post('/me/password', async (c) => {
    const who = requireCaller(c);
    if (!who.ok) return who.response;
    const body = await parseBody(c, ChangePassword);
    if (!body.ok) return body.response;
    const { user, sessionId } = who.caller;
    const ip = c.get('ip');
    // The sign-in throttle guards this check too: a stolen token or cookie must not become
    // a way to guess the password (or to keep the hashing threads busy).
    const admission = deps.throttle.begin(user.email, ip);
    if (!admission.ok)
      return tooManyAttempts(c, admission.retryAfterSeconds, 'wrong current passwords');
    const hash = passwordHashOf(db, user.id);
    if (!hash || !(await verifyPassword(body.data.currentPassword, hash))) {
      admission.attempt.failed();
      await slowDown(deps.throttle, user.email, ip);
      return invalid(c, [
        { field: 'currentPassword', message: 'This is not your current password.' },
      ]);
    }
    admission.attempt.succeeded();
    const ended = await setPassword(db, user.id, body.data.newPassword, sessionId);
    // Editor tabs of the ended sessions stop writing too, not only their page requests.
    deps.onAccessLoss({ userId: user.id, credentials: ended.map(sessionCredential) });
    audit(db, {
      action: 'password.change',
      actorId: user.id,
      targetUserId: user.id,
      ip,
    });
    return c.body(null, 204);
  });
}

export const meDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/me',
    summary: 'The signed-in user',
    tag: 'account',
    auth: 'user',
    responses: { 200: { description: 'You', schema: Me }, 401: authProblems[401] },
  },
  {
    method: 'patch',
    path: '/api/me',
    summary: 'Change your display name; platform admins may also change their own agency',
    tag: 'account',
    auth: 'user',
    body: PatchMe,
    responses: {
      200: { description: 'Updated', schema: Me },
      ...authProblems,
      403: {
        description:
          '`agency` sent by someone who is not a platform admin (nothing in the request is ' +
          'applied), or a cross-origin request',
        schema: ProblemOut,
      },
    },
  },
  {
    method: 'post',
    path: '/api/me/password',
    summary: 'Change your password; ends every other session',
    tag: 'account',
    auth: 'user',
    body: ChangePassword,
    responses: {
      204: { description: 'Changed' },
      ...authProblems,
      400: { description: 'Invalid input, or `currentPassword` is wrong', schema: ProblemOut },
      429: {
        description:
          'Too many wrong passwords for this account or from this address (counted with ' +
          'sign-ins); `currentPassword` is not checked; see Retry-After',
        schema: ProblemOut,
      },
    },
  },
];

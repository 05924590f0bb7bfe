import type { Hono } from 'hono';
import { z } from 'zod';
import { agencyCode, findAgencyByCode } from '../../accounts/agencies.ts';
import { audit } from '../../accounts/audit.ts';
import { getUser, passwordHashOf, setPassword, updateProfile } from '../../accounts/users.ts';
import { verifyPassword } from '../../auth/password.ts';
import type { ApiDeps, ApiEnv } from '../middleware/api-env.ts';
import { requireCaller } from '../middleware/require.ts';
import { invalid, parseBody } from '../middleware/validate.ts';
import { meView } from './me-view.ts';
import type { RouteDoc } from './route-doc.ts';
import { authProblems, Me, NewPassword, PersonName } from './schemas.ts';

const PatchMe = z.strictObject({
  name: PersonName.optional(),
  agency: agencyCode.nullable().optional().describe('Agency code, or null for none'),
});
const ChangePassword = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: NewPassword,
});

/** The caller's own account: read, rename, change agency, change password. */
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
    const hash = passwordHashOf(db, user.id);
    if (!hash || !(await verifyPassword(body.data.currentPassword, hash)))
      return invalid(c, [
        { field: 'currentPassword', message: 'This is not your current password.' },
      ]);
    await setPassword(db, user.id, body.data.newPassword, sessionId);
    audit(db, {
      action: 'password.change',
      actorId: user.id,
      targetUserId: user.id,
      ip: c.get('ip'),
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
    summary: 'Change your display name and/or agency',
    tag: 'account',
    auth: 'user',
    body: PatchMe,
    responses: { 200: { description: 'Updated', schema: Me }, ...authProblems },
  },
  {
    method: 'post',
    path: '/api/me/password',
    summary: 'Change your password; ends every other session',
    tag: 'account',
    auth: 'user',
    body: ChangePassword,
    responses: { 204: { description: 'Changed' }, ...authProblems },
  },
];

import type { Hono } from 'hono';
import { z } from 'zod';
import { agencyCode, findAgencyByCode } from '../../accounts/agencies.ts';
import { audit } from '../../accounts/audit.ts';
import {
  createUser,
  getUser,
  listUsers,
  setAdmin,
  setDisabled,
  setPassword,
  updateProfile,
} from '../../accounts/users.ts';
import { sessionCredential } from '../../auth/collab-authenticator.ts';
import { randomPassword } from '../../auth/password.ts';
import type { ApiDeps, ApiEnv } from '../middleware/api-env.ts';
import { requirePlatform } from '../middleware/require.ts';
import { invalid, parseBody, parseInput } from '../middleware/validate.ts';
import { problem } from '../problem.ts';
import { adminUserView } from './me-view.ts';
import type { RouteDoc } from './route-doc.ts';
import {
  AdminUser,
  authProblems,
  Email,
  Id,
  NewPassword,
  PersonName,
  ProblemOut,
} from './schemas.ts';

const NewUser = z.strictObject({
  email: Email,
  name: PersonName,
  agency: agencyCode.optional().describe('Agency code'),
  isAdmin: z.boolean().default(false),
  password: NewPassword.optional().describe('Omit to have a random one generated and returned'),
});
const CreatedUser = AdminUser.extend({
  password: z.string().optional().describe('Only when generated'),
});
const PatchUser = z.strictObject({
  name: PersonName.optional(),
  agency: agencyCode.nullable().optional(),
  isAdmin: z.boolean().optional(),
  disabled: z.boolean().optional(),
});
const UserParams = z.object({ id: Id });

/** User administration (platform admins): list, create, change, disable. */
export function userRoutes(app: Hono<ApiEnv>, deps: ApiDeps): void {
  const { db } = deps;

  app.get('/users', (c) => {
    const who = requirePlatform(c, 'users.manage');
    if (!who.ok) return who.response;
    return c.json({ users: listUsers(db).map(adminUserView) });
  });

  app.post('/users', async (c) => {
    const who = requirePlatform(c, 'users.manage');
    if (!who.ok) return who.response;
    const body = await parseBody(c, NewUser);
    if (!body.ok) return body.response;
    const agency = body.data.agency ? findAgencyByCode(db, body.data.agency) : null;
    if (body.data.agency && !agency)
      return invalid(c, [{ field: 'agency', message: 'No agency with this code.' }]);
    const password = body.data.password ?? randomPassword();
    const created = await createUser(db, {
      email: body.data.email,
      name: body.data.name,
      agencyId: agency?.id ?? null,
      isAdmin: body.data.isAdmin,
      password,
    });
    if (!created.ok) return invalid(c, [{ field: 'email', message: 'This email is taken.' }]);
    audit(db, {
      action: 'user.create',
      actorId: who.caller.user.id,
      ip: c.get('ip'),
      targetUserId: created.user.id,
      detail: { email: created.user.email, isAdmin: created.user.isAdmin },
    });
    const generated = body.data.password === undefined ? { password } : {};
    return c.json({ ...adminUserView(created.user), ...generated }, 201);
  });

  app.patch('/users/:id', async (c) => {
    const who = requirePlatform(c, 'users.manage');
    if (!who.ok) return who.response;
    const params = parseInput(c, UserParams, c.req.param());
    if (!params.ok) return params.response;
    const body = await parseBody(c, PatchUser);
    if (!body.ok) return body.response;
    const user = getUser(db, params.data.id);
    if (!user) return problem(c, 404, 'Not Found', 'No such user.');
    const change = body.data;
    if (user.id === who.caller.user.id && (change.disabled === true || change.isAdmin === false))
      return invalid(c, [
        {
          field: change.disabled ? 'disabled' : 'isAdmin',
          message: 'You cannot lock yourself out.',
        },
      ]);
    let agencyId: string | null | undefined;
    if (change.agency === null) agencyId = null;
    else if (change.agency !== undefined) {
      const agency = findAgencyByCode(db, change.agency);
      if (!agency) return invalid(c, [{ field: 'agency', message: 'No agency with this code.' }]);
      agencyId = agency.id;
    }
    const base = { actorId: who.caller.user.id, ip: c.get('ip'), targetUserId: user.id };
    db.transaction(() => {
      updateProfile(db, user.id, { name: change.name, agencyId });
      if (change.isAdmin !== undefined) setAdmin(db, user.id, change.isAdmin);
      if (change.name !== undefined || change.agency !== undefined || change.isAdmin !== undefined)
        audit(db, { ...base, action: 'user.update', detail: { ...change, disabled: undefined } });
      if (change.disabled !== undefined && change.disabled !== user.disabled) {
        setDisabled(db, user.id, change.disabled);
        audit(db, { ...base, action: change.disabled ? 'user.disable' : 'user.enable' });
      }
    })();
    if (change.disabled === true) deps.onAccessLoss({ userId: user.id });
    const updated = getUser(db, user.id);
    return updated ? c.json(adminUserView(updated)) : c.body(null, 404);
  });

  // A forgotten password: a new random one, shown once to the admin, who passes it on; every
  // session of the user ends (their open editor tabs stop writing). API tokens stay.
  app.post('/users/:id/password', async (c) => {
    const who = requirePlatform(c, 'users.manage');
    if (!who.ok) return who.response;
    const params = parseInput(c, UserParams, c.req.param());
    if (!params.ok) return params.response;
    const user = getUser(db, params.data.id);
    if (!user) return problem(c, 404, 'Not Found', 'No such user.');
    if (user.id === who.caller.user.id)
      return problem(c, 409, 'Own Password', 'Change your own password on your account page.');
    const password = randomPassword();
    const ended = await setPassword(db, user.id, password);
    deps.onAccessLoss({ userId: user.id, credentials: ended.map(sessionCredential) });
    audit(db, {
      action: 'user.password-reset',
      actorId: who.caller.user.id,
      ip: c.get('ip'),
      targetUserId: user.id,
    });
    return c.json({ password });
  });
}

export const userDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/users',
    summary: 'Every user (platform admin)',
    tag: 'users',
    auth: 'admin',
    responses: {
      200: { description: 'Users', schema: z.object({ users: z.array(AdminUser) }) },
      ...authProblems,
    },
  },
  {
    method: 'post',
    path: '/api/users',
    summary: 'Create a user (platform admin); a generated password is returned once',
    tag: 'users',
    auth: 'admin',
    body: NewUser,
    responses: { 201: { description: 'Created', schema: CreatedUser }, ...authProblems },
  },
  {
    method: 'patch',
    path: '/api/users/{id}',
    summary:
      'Rename, move agency, make admin, disable or enable a user (platform admin); disabling ends their sessions and revokes their API tokens',
    tag: 'users',
    auth: 'admin',
    params: UserParams,
    body: PatchUser,
    responses: {
      200: { description: 'Updated', schema: AdminUser },
      404: { description: 'No such user', schema: ProblemOut },
      ...authProblems,
    },
  },
  {
    method: 'post',
    path: '/api/users/{id}/password',
    summary:
      'Give a user a new random password, returned once (platform admin); ends all their sessions',
    tag: 'users',
    auth: 'admin',
    params: UserParams,
    responses: {
      200: { description: 'The new password', schema: z.object({ password: z.string() }) },
      404: { description: 'No such user', schema: ProblemOut },
      409: { description: 'Your own password: use /api/me/password', schema: ProblemOut },
      ...authProblems,
    },
  },
];

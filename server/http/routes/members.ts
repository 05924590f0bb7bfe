import type { Hono } from 'hono';
import { z } from 'zod';
import { AgencySchema } from '../../accounts/agencies.ts';
import { audit } from '../../accounts/audit.ts';
import { grantRole, listMembers, revokeRole } from '../../accounts/members.ts';
import { getUser } from '../../accounts/users.ts';
import { draftDocumentName } from '../../auth/document-name.ts';
import type { ApiDeps, ApiEnv } from '../middleware/api-env.ts';
import { requireStandardRole } from '../middleware/require.ts';
import { invalid, parseBody, parseInput } from '../middleware/validate.ts';
import { problem } from '../problem.ts';
import type { RouteDoc } from './route-doc.ts';
import { authProblems, Id, ProblemOut, Role, SlugParams } from './schemas.ts';

const MemberOut = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  agency: AgencySchema.nullable(),
  role: Role,
  grantedAt: z.string(),
});
const MemberParams = SlugParams.extend({ userId: Id });
const Grant = z.strictObject({ role: Role });

/** The working group of a standard: members list it; admins grant and revoke roles. */
export function memberRoutes(app: Hono<ApiEnv>, deps: ApiDeps): void {
  const { db } = deps;

  app.get('/standards/:slug/members', (c) => {
    const params = parseInput(c, SlugParams, c.req.param());
    if (!params.ok) return params.response;
    const access = requireStandardRole(c, db, params.data.slug, 'members.read');
    if (!access.ok) return access.response;
    return c.json({ members: listMembers(db, access.standard.id) });
  });

  app.put('/standards/:slug/members/:userId', async (c) => {
    const params = parseInput(c, MemberParams, c.req.param());
    if (!params.ok) return params.response;
    const access = requireStandardRole(c, db, params.data.slug, 'members.manage');
    if (!access.ok) return access.response;
    const body = await parseBody(c, Grant);
    if (!body.ok) return body.response;
    const user = getUser(db, params.data.userId);
    if (!user) return invalid(c, [{ field: 'userId', message: 'No such user.' }]);
    const standardId = access.standard.id;
    const previous = grantRole(db, {
      standardId,
      userId: user.id,
      role: body.data.role,
      grantedBy: access.caller.user.id,
    });
    audit(db, {
      action: 'member.grant',
      actorId: access.caller.user.id,
      ip: c.get('ip'),
      standardId,
      targetUserId: user.id,
      detail: { role: body.data.role, previous },
    });
    // A changed role takes effect on the socket by reconnecting with the new rights.
    if (previous !== null && previous !== body.data.role)
      deps.onAccessLoss({ userId: user.id, documentName: draftDocumentName(standardId) });
    const member = listMembers(db, standardId).find((m) => m.userId === user.id);
    return c.json(member, previous === null ? 201 : 200);
  });

  app.delete('/standards/:slug/members/:userId', (c) => {
    const params = parseInput(c, MemberParams, c.req.param());
    if (!params.ok) return params.response;
    const access = requireStandardRole(c, db, params.data.slug, 'members.manage');
    if (!access.ok) return access.response;
    const standardId = access.standard.id;
    if (!revokeRole(db, standardId, params.data.userId))
      return problem(c, 404, 'Not Found', 'This user has no role on this standard.');
    audit(db, {
      action: 'member.revoke',
      actorId: access.caller.user.id,
      ip: c.get('ip'),
      standardId,
      targetUserId: params.data.userId,
    });
    deps.onAccessLoss({ userId: params.data.userId, documentName: draftDocumentName(standardId) });
    return c.body(null, 204);
  });
}

export const memberDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/standards/{slug}/members',
    summary: 'The working group of a standard (any member may read it)',
    tag: 'members',
    auth: 'user',
    params: SlugParams,
    responses: {
      200: { description: 'Members', schema: z.object({ members: z.array(MemberOut) }) },
      404: { description: 'Not found (or not yours to see)', schema: ProblemOut },
      ...authProblems,
    },
  },
  {
    method: 'put',
    path: '/api/standards/{slug}/members/{userId}',
    summary: 'Grant or change a role (platform admin); open sockets of a changed role reconnect',
    tag: 'members',
    auth: 'admin',
    params: MemberParams,
    body: Grant,
    responses: {
      200: { description: 'Role changed', schema: MemberOut },
      201: { description: 'Role granted', schema: MemberOut },
      404: { description: 'Not found', schema: ProblemOut },
      ...authProblems,
    },
  },
  {
    method: 'delete',
    path: '/api/standards/{slug}/members/{userId}',
    summary: "Revoke a user's role (platform admin); closes their open sockets on it at once",
    tag: 'members',
    auth: 'admin',
    params: MemberParams,
    responses: {
      204: { description: 'Revoked' },
      404: { description: 'Not found', schema: ProblemOut },
      ...authProblems,
    },
  },
];

import type { Hono } from 'hono';
import { z } from 'zod';
import { AgencySchema, createAgency, listAgencies, updateAgency } from '../../accounts/agencies.ts';
import { audit } from '../../accounts/audit.ts';
import type { ApiDeps, ApiEnv } from '../middleware/api-env.ts';
import { requireCaller, requirePlatform } from '../middleware/require.ts';
import { invalid, parseBody, parseInput } from '../middleware/validate.ts';
import { problem } from '../problem.ts';
import type { RouteDoc } from './route-doc.ts';
import { AgencyChange, authProblems, Id, NewAgency, ProblemOut } from './schemas.ts';

const AgencyParams = z.object({ id: Id });

/** Agencies: any signed-in user lists them (for the account page); admins create them. */
export function agencyRoutes(app: Hono<ApiEnv>, deps: ApiDeps): void {
  const { db } = deps;

  app.get('/agencies', (c) => {
    const who = requireCaller(c);
    if (!who.ok) return who.response;
    return c.json({ agencies: listAgencies(db) });
  });

  app.post('/agencies', async (c) => {
    const who = requirePlatform(c, 'agencies.manage');
    if (!who.ok) return who.response;
    const body = await parseBody(c, NewAgency);
    if (!body.ok) return body.response;
    const created = createAgency(db, body.data);
    if (!created.ok) return invalid(c, [{ field: 'code', message: 'This code is taken.' }]);
    audit(db, {
      action: 'agency.create',
      actorId: who.caller.user.id,
      ip: c.get('ip'),
      detail: { agencyId: created.agency.id, code: created.agency.code },
    });
    return c.json(created.agency, 201);
  });

  app.patch('/agencies/:id', async (c) => {
    const who = requirePlatform(c, 'agencies.manage');
    if (!who.ok) return who.response;
    const params = parseInput(c, AgencyParams, c.req.param());
    if (!params.ok) return params.response;
    const body = await parseBody(c, AgencyChange);
    if (!body.ok) return body.response;
    const updated = updateAgency(db, params.data.id, body.data);
    if (!updated) return problem(c, 404, 'Not Found', 'No such agency.');
    audit(db, {
      action: 'agency.update',
      actorId: who.caller.user.id,
      ip: c.get('ip'),
      detail: { agencyId: updated.id, code: updated.code, ...body.data },
    });
    return c.json(updated);
  });
}

export const agencyDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/agencies',
    summary: 'Every agency',
    tag: 'agencies',
    auth: 'user',
    responses: {
      200: { description: 'Agencies', schema: z.object({ agencies: z.array(AgencySchema) }) },
      401: authProblems[401],
    },
  },
  {
    method: 'post',
    path: '/api/agencies',
    summary: 'Create an agency (platform admin)',
    tag: 'agencies',
    auth: 'admin',
    body: NewAgency,
    responses: { 201: { description: 'Created', schema: AgencySchema }, ...authProblems },
  },
  {
    method: 'patch',
    path: '/api/agencies/{id}',
    summary: 'Rename an agency or change its kind (platform admin); its code stays',
    tag: 'agencies',
    auth: 'admin',
    params: AgencyParams,
    body: AgencyChange,
    responses: {
      200: { description: 'The agency as it is now', schema: AgencySchema },
      404: { description: 'No such agency', schema: ProblemOut },
      ...authProblems,
    },
  },
];

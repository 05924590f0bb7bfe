import type { Hono } from 'hono';
import { z } from 'zod';
import { audit } from '../../accounts/audit.ts';
import {
  createStandard,
  listAllStandards,
  listStandardsOfMember,
  type Standard,
} from '../../accounts/standards.ts';
import type { EffectiveRole } from '../../auth/permissions.ts';
import type { Db } from '../../db/open.ts';
import type { ApiDeps, ApiEnv } from '../middleware/api-env.ts';
import { requireCaller, requirePlatform, requireStandardRole } from '../middleware/require.ts';
import { invalid, parseBody, parseInput } from '../middleware/validate.ts';
import type { RouteDoc } from './route-doc.ts';
import { draftStatusOf } from './draft-status.ts';
import { authProblems, NewStandard, ProblemOut, SlugParams, StandardOut } from './schemas.ts';

function view(db: Db, standard: Standard, role: EffectiveRole): z.infer<typeof StandardOut> {
  const { id, slug, title, language, document } = standard;
  return { id, slug, title, language, role, document, status: draftStatusOf(db, id, Date.now()) };
}

/** Standards the caller may see, one standard, and creating standards (admin). */
export function standardRoutes(app: Hono<ApiEnv>, deps: ApiDeps): void {
  const { db } = deps;

  app.get('/standards', (c) => {
    const who = requireCaller(c);
    if (!who.ok) return who.response;
    const { user } = who.caller;
    const standards = user.isAdmin
      ? listAllStandards(db).map((s) => view(db, s, 'admin'))
      : listStandardsOfMember(db, user.id).map((s) => view(db, s, s.role));
    return c.json({ standards });
  });

  app.post('/standards', async (c) => {
    const who = requirePlatform(c, 'standard.create');
    if (!who.ok) return who.response;
    const body = await parseBody(c, NewStandard);
    if (!body.ok) return body.response;
    const created = createStandard(db, { ...body.data, createdBy: who.caller.user.id });
    if (!created.ok)
      return invalid(c, [
        { field: 'slug', message: 'Another standard already uses this short name.' },
      ]);
    audit(db, {
      action: 'standard.create',
      actorId: who.caller.user.id,
      ip: c.get('ip'),
      standardId: created.standard.id,
      detail: { slug: created.standard.slug },
    });
    deps.onStandardCreated?.(created.standard, who.caller.user.id);
    return c.json(view(db, created.standard, 'admin'), 201);
  });

  app.get('/standards/:slug', (c) => {
    const params = parseInput(c, SlugParams, c.req.param());
    if (!params.ok) return params.response;
    const access = requireStandardRole(c, db, params.data.slug, 'standard.read');
    if (!access.ok) return access.response;
    return c.json(view(db, access.standard, access.role));
  });
}

export const standardDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/standards',
    summary: 'Standards you may see, with your role and the draft document name for /collab',
    tag: 'standards',
    auth: 'user',
    responses: {
      200: { description: 'Standards', schema: z.object({ standards: z.array(StandardOut) }) },
      401: authProblems[401],
    },
  },
  {
    method: 'post',
    path: '/api/standards',
    summary: 'Create a standard (platform admin)',
    tag: 'standards',
    auth: 'admin',
    body: NewStandard,
    responses: { 201: { description: 'Created', schema: StandardOut }, ...authProblems },
  },
  {
    method: 'get',
    path: '/api/standards/{slug}',
    summary: 'One standard; 404 when it does not exist or you have no role on it',
    tag: 'standards',
    auth: 'user',
    params: SlugParams,
    responses: {
      200: { description: 'The standard', schema: StandardOut },
      404: { description: 'Not found (or not yours to see)', schema: ProblemOut },
      ...authProblems,
    },
  },
];

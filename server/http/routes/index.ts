import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ApiDeps, ApiEnv } from '../middleware/api-env.ts';
import { authenticate } from '../middleware/authenticate.ts';
import { sameOrigin } from '../middleware/same-origin.ts';
import { problem } from '../problem.ts';
import { agencyDocs, agencyRoutes } from './agencies.ts';
import { auditDocs, auditRoutes } from './audit.ts';
import { meDocs, meRoutes } from './me.ts';
import { memberDocs, memberRoutes } from './members.ts';
import { openApiRoutes } from './openapi.ts';
import type { RouteDoc } from './route-doc.ts';
import { sessionDocs, sessionRoutes } from './session.ts';
import { standardDocs, standardRoutes } from './standards.ts';
import { tokenDocs, tokenRoutes } from './tokens.ts';
import { userDocs, userRoutes } from './users.ts';

export type { ApiDeps, ApiEnv } from '../middleware/api-env.ts';
export type { RouteDoc } from './route-doc.ts';

/** JSON bodies larger than this are refused before parsing. */
export const MAX_API_BODY_BYTES = 64 * 1024;

/**
 * The accounts and access API, mounted at /api. Other route groups (reviews, releases)
 * can be added with `extraRoutes` and `extraDocs` to share authentication, the CSRF
 * check and the OpenAPI document.
 */
export function createApi(
  deps: ApiDeps & { version: string },
  extra: { routes?: ((app: Hono<ApiEnv>) => void)[]; docs?: RouteDoc[] } = {},
): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  api.use(
    '*',
    bodyLimit({
      maxSize: MAX_API_BODY_BYTES,
      onError: (c) => {
        // The rest of the body is still on the way: end this connection rather than read it
        // as the next request.
        c.header('Connection', 'close');
        return problem(
          c,
          413,
          'Content Too Large',
          `Bodies are limited to ${MAX_API_BODY_BYTES} bytes.`,
        );
      },
    }),
  );
  api.use('*', sameOrigin(deps.publicUrl));
  api.use('*', authenticate(deps.db, deps.publicUrl));
  sessionRoutes(api, deps);
  meRoutes(api, deps);
  tokenRoutes(api, deps);
  standardRoutes(api, deps);
  memberRoutes(api, deps);
  agencyRoutes(api, deps);
  userRoutes(api, deps);
  auditRoutes(api, deps);
  for (const add of extra.routes ?? []) add(api);
  openApiRoutes(
    api,
    [
      ...sessionDocs,
      ...meDocs,
      ...tokenDocs,
      ...standardDocs,
      ...memberDocs,
      ...agencyDocs,
      ...userDocs,
      ...auditDocs,
      ...(extra.docs ?? []),
    ],
    deps.version,
  );
  return api;
}

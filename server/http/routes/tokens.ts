import type { Hono } from 'hono';
import { tokenCredential } from '../../auth/collab-authenticator.ts';
import { z } from 'zod';
import { audit } from '../../accounts/audit.ts';
import { lineText } from '../../plain-text.ts';
import {
  ApiTokenSchema,
  createApiToken,
  listApiTokens,
  revokeApiToken,
} from '../../auth/api-tokens.ts';
import type { ApiDeps, ApiEnv } from '../middleware/api-env.ts';
import { requireCaller } from '../middleware/require.ts';
import { parseBody, parseInput } from '../middleware/validate.ts';
import { problem } from '../problem.ts';
import type { RouteDoc } from './route-doc.ts';
import { authProblems, Id, ProblemOut } from './schemas.ts';

const NewToken = z.strictObject({ name: lineText(100).min(1) });
const CreatedToken = ApiTokenSchema.extend({
  token: z.string().describe('The secret; shown only now'),
});
const TokenParams = z.object({ id: Id });

/** Personal API tokens of the caller: list, create, revoke. */
export function tokenRoutes(app: Hono<ApiEnv>, deps: ApiDeps): void {
  const { db } = deps;

  app.get('/me/tokens', (c) => {
    const who = requireCaller(c);
    if (!who.ok) return who.response;
    return c.json({ tokens: listApiTokens(db, who.caller.user.id) });
  });

  app.post('/me/tokens', async (c) => {
    const who = requireCaller(c);
    if (!who.ok) return who.response;
    // A leaked token must not be able to mint itself successors: only a signed-in person can.
    if (who.caller.via !== 'session')
      return problem(c, 403, 'Forbidden', 'Create API tokens from a signed-in session.');
    const body = await parseBody(c, NewToken);
    if (!body.ok) return body.response;
    const userId = who.caller.user.id;
    const created = createApiToken(db, userId, body.data.name);
    audit(db, {
      action: 'token.create',
      actorId: userId,
      targetUserId: userId,
      ip: c.get('ip'),
      detail: { tokenId: created.token.id, name: created.token.name },
    });
    return c.json({ ...created.token, token: created.secret }, 201);
  });

  app.delete('/me/tokens/:id', (c) => {
    const who = requireCaller(c);
    if (!who.ok) return who.response;
    const params = parseInput(c, TokenParams, c.req.param());
    if (!params.ok) return params.response;
    const userId = who.caller.user.id;
    if (!revokeApiToken(db, userId, params.data.id))
      return problem(c, 404, 'Not Found', 'No such token.');
    deps.onAccessLoss({ userId, credentials: [tokenCredential(params.data.id)] });
    audit(db, {
      action: 'token.revoke',
      actorId: userId,
      targetUserId: userId,
      ip: c.get('ip'),
      detail: { tokenId: params.data.id },
    });
    return c.body(null, 204);
  });
}

export const tokenDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/me/tokens',
    summary: 'Your live API tokens (never the secrets)',
    tag: 'tokens',
    auth: 'user',
    responses: {
      200: { description: 'Tokens', schema: z.object({ tokens: z.array(ApiTokenSchema) }) },
      401: authProblems[401],
    },
  },
  {
    method: 'post',
    path: '/api/me/tokens',
    summary: 'Create an API token (signed-in session only); the secret is in this answer only',
    tag: 'tokens',
    auth: 'user',
    body: NewToken,
    responses: { 201: { description: 'Created', schema: CreatedToken }, ...authProblems },
  },
  {
    method: 'delete',
    path: '/api/me/tokens/{id}',
    summary: 'Revoke one of your API tokens',
    tag: 'tokens',
    auth: 'user',
    params: TokenParams,
    responses: {
      204: { description: 'Revoked' },
      404: { description: 'No such token of yours', schema: ProblemOut },
      ...authProblems,
    },
  },
];

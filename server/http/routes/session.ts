import type { Context, Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { sessionCredential } from '../../auth/collab-authenticator.ts';
import { z } from 'zod';
import { audit } from '../../accounts/audit.ts';
import { findUserByEmail, passwordHashOf } from '../../accounts/users.ts';
import { verifyAgainstDummy, verifyPassword } from '../../auth/password.ts';
import {
  createSession,
  deleteSession,
  pruneExpired,
  SESSION_ABSOLUTE_MS,
} from '../../auth/sessions.ts';
import { createSocketToken } from '../../auth/socket-tokens.ts';
import type { ApiDeps, ApiEnv } from '../middleware/api-env.ts';
import { SESSION_COOKIE } from '../middleware/authenticate.ts';
import { requireCaller } from '../middleware/require.ts';
import { parseBody } from '../middleware/validate.ts';
import { problem } from '../problem.ts';
import { meView } from './me-view.ts';
import { slowDown, tooManyAttempts } from './password-attempt.ts';
import type { RouteDoc } from './route-doc.ts';
import { authProblems, Email, Me, ProblemOut } from './schemas.ts';

const SignIn = z.strictObject({ email: Email, password: z.string().min(1).max(256) });
const SocketToken = z.object({
  token: z.string().describe('Pass as the HocuspocusProvider `token`; single use'),
  expiresAt: z.string(),
});

/** Secure cookies when served over https directly or behind an https public URL. */
function secure(c: Context, publicUrl: string | undefined): boolean {
  return (publicUrl ?? c.req.url).startsWith('https:');
}

/** Sign in and out, and socket tokens for the browser editor. */
export function sessionRoutes(app: Hono<ApiEnv>, deps: ApiDeps): void {
  const { db, throttle } = deps;

  app.post('/session', async (c) => {
    const body = await parseBody(c, SignIn);
    if (!body.ok) return body.response;
    const { email, password } = body.data;
    const ip = c.get('ip');
    // Counted before the slow hash, so parallel guesses cannot all slip under the limit.
    const admission = throttle.begin(email, ip);
    if (!admission.ok) return tooManyAttempts(c, admission.retryAfterSeconds, 'failed sign-ins');
    const { attempt } = admission;
    const user = findUserByEmail(db, email);
    const hash = user ? passwordHashOf(db, user.id) : null;
    const good =
      user && hash ? await verifyPassword(password, hash) : await verifyAgainstDummy(password);
    if (!user || !good || user.disabled) {
      attempt.failed();
      await slowDown(throttle, email, ip);
      audit(db, {
        action: 'session.sign-in-failed',
        actorId: null,
        ip,
        targetUserId: user?.id ?? null,
        detail: {
          email: email.toLowerCase(),
          reason: user?.disabled && good ? 'disabled' : 'credentials',
        },
      });
      return problem(c, 401, 'Unauthorized', 'Wrong email or password.');
    }
    attempt.succeeded();
    // Sign-ins are rare and cheap to piggyback on: drop dead sessions and socket tokens.
    pruneExpired(db);
    const session = createSession(db, user.id, ip);
    audit(db, { action: 'session.sign-in', actorId: user.id, ip });
    setCookie(c, SESSION_COOKIE, session.secret, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: secure(c, deps.publicUrl),
      path: '/',
      maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
    });
    return c.json(meView(user), 200);
  });

  app.delete('/session', (c) => {
    const caller = c.get('caller');
    if (caller?.sessionId) {
      deleteSession(db, caller.sessionId);
      // The session's editor tabs (in any window) stop writing as well.
      deps.onAccessLoss({
        userId: caller.user.id,
        credentials: [sessionCredential(caller.sessionId)],
      });
      audit(db, { action: 'session.sign-out', actorId: caller.user.id, ip: c.get('ip') });
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: secure(c, deps.publicUrl) });
    return c.body(null, 204);
  });

  app.post('/session/socket-token', (c) => {
    const who = requireCaller(c);
    if (!who.ok) return who.response;
    if (!who.caller.sessionId)
      return problem(c, 400, 'Bad Request', 'API tokens work on the socket as they are.');
    const token = createSocketToken(db, who.caller.sessionId, who.caller.user.id);
    return c.json({ token: token.secret, expiresAt: token.expiresAt }, 201);
  });
}

export const sessionDocs: RouteDoc[] = [
  {
    method: 'post',
    path: '/api/session',
    summary: 'Sign in with email and password; sets the httpOnly session cookie',
    tag: 'session',
    auth: 'none',
    body: SignIn,
    responses: {
      200: { description: 'Signed in', schema: Me },
      400: authProblems[400],
      401: { description: 'Wrong email or password', schema: ProblemOut },
      429: {
        description:
          'Too many failed attempts for this account or from this address (sign-ins and ' +
          'password changes count together, including attempts still being checked); the ' +
          'password is not checked; see Retry-After',
        schema: ProblemOut,
      },
    },
  },
  {
    method: 'delete',
    path: '/api/session',
    summary: 'Sign out: ends this session and clears the cookie',
    tag: 'session',
    auth: 'none',
    responses: { 204: { description: 'Signed out' } },
  },
  {
    method: 'post',
    path: '/api/session/socket-token',
    summary: 'A single-use token (2 minutes) for the collaboration socket of a signed-in browser',
    tag: 'session',
    auth: 'user',
    responses: { 201: { description: 'Token', schema: SocketToken }, ...authProblems },
  },
];

import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { callerFromApiToken, callerFromSession } from '../../auth/caller.ts';
import type { Db } from '../../db/open.ts';
import type { ApiEnv } from './api-env.ts';

export const SESSION_COOKIE = 'accord_session';

const LOCAL = /^(127\.|::1$|::ffff:127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|fc|fd)/;

/**
 * The client address. Behind a reverse proxy (ACCORD_PUBLIC_URL set and the peer on a
 * loopback or private address) the proxy's own X-Forwarded-For entry is used instead:
 * otherwise every user would share the proxy's address and its sign-in throttle.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  publicUrl: string | undefined,
): string {
  const direct = peer ?? 'unknown';
  if (!publicUrl || !forwardedFor || !LOCAL.test(direct)) return direct;
  // The rightmost entry is the one our proxy appended; earlier ones are client-supplied.
  const last = forwardedFor.split(',').pop()?.trim();
  return last && last.length <= 64 ? last : direct;
}

function peerAddress(c: Parameters<MiddlewareHandler<ApiEnv>>[0]): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/**
 * Resolve who is calling: `Authorization: Bearer <api token>` first, else the session
 * cookie. Sets `caller` (null when anonymous or the credential is dead) and `ip`.
 */
export function authenticate(
  db: Db,
  // Required, not optional: a route group that forgot it logged the proxy's address.
  publicUrl: string | undefined,
): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    c.set('ip', clientAddress(peerAddress(c), c.req.header('x-forwarded-for'), publicUrl));
    const header = c.req.header('authorization');
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      c.set('caller', match?.[1] ? callerFromApiToken(db, match[1]) : null);
    } else {
      const cookie = getCookie(c, SESSION_COOKIE);
      c.set('caller', cookie ? callerFromSession(db, cookie) : null);
    }
    await next();
  };
}

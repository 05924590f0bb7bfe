import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { callerFromApiToken, callerFromSession } from '../../auth/caller.ts';
import type { Db } from '../../db/open.ts';
import type { ApiEnv } from './api-env.ts';

export const SESSION_COOKIE = 'accord_session';

/** The client address as seen on the socket (a reverse proxy's own address when behind one). */
function clientIp(c: Parameters<MiddlewareHandler<ApiEnv>>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Resolve who is calling: `Authorization: Bearer <api token>` first, else the session
 * cookie. Sets `caller` (null when anonymous or the credential is dead) and `ip`.
 */
export function authenticate(db: Db): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    c.set('ip', clientIp(c));
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

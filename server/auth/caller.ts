import { getUser, type User } from '../accounts/users.ts';
import type { Db } from '../db/open.ts';
import { resolveApiToken } from './api-tokens.ts';
import { secretKind } from './secret-token.ts';
import { resolveSession } from './sessions.ts';

/** Who is making a request, and how they proved it. */
export interface Caller {
  user: User;
  via: 'session' | 'token';
  /** The session row id (sha256 of the cookie) when signed in by cookie. */
  sessionId: string | null;
  tokenId: string | null;
}

/** The caller behind a session cookie value, or null (unknown, expired, or user disabled). */
export function callerFromSession(db: Db, secret: string): Caller | null {
  if (secretKind(secret) !== 'session') return null;
  const session = resolveSession(db, secret);
  if (!session) return null;
  const user = getUser(db, session.userId);
  if (!user || user.disabled) return null;
  return { user, via: 'session', sessionId: session.id, tokenId: null };
}

/** The caller behind an API token, or null (unknown, revoked, or user disabled). */
export function callerFromApiToken(db: Db, secret: string): Caller | null {
  if (secretKind(secret) !== 'api') return null;
  const token = resolveApiToken(db, secret);
  if (!token) return null;
  const user = getUser(db, token.userId);
  if (!user || user.disabled) return null;
  return { user, via: 'token', sessionId: null, tokenId: token.tokenId };
}

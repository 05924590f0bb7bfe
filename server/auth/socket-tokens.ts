import type { Db } from '../db/open.ts';
import { hashSecret, newSecret } from './secret-token.ts';

/**
 * Socket tokens bridge a browser session (an httpOnly cookie the page cannot read) to the
 * collaboration socket: the editor asks POST /api/session/socket-token and passes the
 * answer as the provider's `token`. Single use, valid for SOCKET_TOKEN_MS, and void as
 * soon as the session ends.
 */
export const SOCKET_TOKEN_MS = 2 * 60_000;

/** Issue a socket token for a session. */
export function createSocketToken(
  db: Db,
  sessionId: string,
  userId: string,
): { secret: string; expiresAt: string } {
  const secret = newSecret('socket');
  const expires = Date.now() + SOCKET_TOKEN_MS;
  db.prepare(
    'INSERT INTO socket_tokens (token_hash, session_id, user_id, expires_at) VALUES (?, ?, ?, ?)',
  ).run(hashSecret(secret), sessionId, userId, expires);
  return { secret, expiresAt: new Date(expires).toISOString() };
}

/** Use up a socket token: its user and browser session when it was live, null otherwise. */
export function consumeSocketToken(
  db: Db,
  secret: string,
): { userId: string; sessionId: string } | null {
  const hash = hashSecret(secret);
  const row = db
    .prepare(
      'DELETE FROM socket_tokens WHERE token_hash = ? RETURNING user_id, session_id, expires_at',
    )
    .get(hash) as { user_id: string; session_id: string; expires_at: number } | undefined;
  if (!row || Date.now() >= row.expires_at) return null;
  return { userId: row.user_id, sessionId: row.session_id };
}

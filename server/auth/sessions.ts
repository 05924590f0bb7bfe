import type { Db } from '../db/open.ts';
import { hashSecret, newSecret } from './secret-token.ts';

/**
 * Browser sessions: a random cookie value whose sha256 is the row id. A session ends
 * after IDLE_MS without use or ABSOLUTE_MS after sign-in, whichever comes first.
 */
export const SESSION_IDLE_MS = 12 * 60 * 60_000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60_000;
// Refresh last_seen at most once a minute: a write per request would be wasteful.
const TOUCH_EVERY_MS = 60_000;

/** Start a session for a user; returns the cookie value (shown once, never stored). */
export function createSession(
  db: Db,
  userId: string,
  ip: string | null,
): { secret: string; id: string } {
  const secret = newSecret('session');
  const id = hashSecret(secret);
  const now = Date.now();
  db.prepare(
    'INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, ip) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, userId, now, now, now + SESSION_ABSOLUTE_MS, ip);
  return { secret, id };
}

/** The live session of a cookie value (sliding its idle expiry), or null when none or expired. */
export function resolveSession(db: Db, secret: string): { id: string; userId: string } | null {
  const id = hashSecret(secret);
  const row = db
    .prepare('SELECT user_id, last_seen_at, expires_at FROM sessions WHERE id = ?')
    .get(id) as { user_id: string; last_seen_at: number; expires_at: number } | undefined;
  if (!row) return null;
  const now = Date.now();
  if (now >= row.expires_at || now - row.last_seen_at >= SESSION_IDLE_MS) {
    db.prepare('DELETE FROM sessions WHERE id = ?').run(id);
    return null;
  }
  if (now - row.last_seen_at >= TOUCH_EVERY_MS)
    db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id = ?').run(now, id);
  return { id, userId: row.user_id };
}

/** End one session (sign-out). */
export function deleteSession(db: Db, id: string): void {
  db.prepare('DELETE FROM sessions WHERE id = ?').run(id);
}

/** Drop expired sessions and socket tokens; run now and then. */
export function pruneExpired(db: Db): void {
  const now = Date.now();
  db.prepare('DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?').run(
    now,
    now - SESSION_IDLE_MS,
  );
  db.prepare('DELETE FROM socket_tokens WHERE expires_at <= ?').run(now);
}

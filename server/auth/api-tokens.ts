import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/open.ts';
import { hashSecret, newSecret } from './secret-token.ts';

/**
 * Personal API tokens for scripts and integrations: `Authorization: Bearer <token>` on the
 * API and the provider's `token` on the collaboration socket. Only the hash is stored;
 * the token is shown once, at creation.
 */
export const ApiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof ApiTokenSchema>;

interface TokenRow {
  id: string;
  user_id: string;
  name: string;
  created_at: number;
  last_used_at: number | null;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Create a token for a user; returns it with the secret (the only time it is available). */
export function createApiToken(
  db: Db,
  userId: string,
  name: string,
): { token: ApiToken; secret: string } {
  const secret = newSecret('api');
  const id = randomUUID();
  const now = Date.now();
  db.prepare(
    'INSERT INTO api_tokens (id, user_id, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)',
  ).run(id, userId, name, hashSecret(secret), now);
  return { token: { id, name, createdAt: iso(now) ?? '', lastUsedAt: null }, secret };
}

/** A user's live tokens, newest first. */
export function listApiTokens(db: Db, userId: string): ApiToken[] {
  const rows = db
    .prepare(
      'SELECT * FROM api_tokens WHERE user_id = ? AND revoked_at IS NULL ORDER BY created_at DESC',
    )
    .all(userId) as TokenRow[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: iso(r.created_at) ?? '',
    lastUsedAt: iso(r.last_used_at),
  }));
}

/** Revoke one of a user's tokens; false when it is not theirs or already revoked. */
export function revokeApiToken(db: Db, userId: string, tokenId: string): boolean {
  return (
    db
      .prepare(
        'UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL',
      )
      .run(Date.now(), tokenId, userId).changes > 0
  );
}

/** The owner of a live token secret (noting its use), or null. */
export function resolveApiToken(
  db: Db,
  secret: string,
): { tokenId: string; userId: string } | null {
  const row = db
    .prepare(
      'SELECT id, user_id, last_used_at FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL',
    )
    .get(hashSecret(secret)) as
    { id: string; user_id: string; last_used_at: number | null } | undefined;
  if (!row) return null;
  const now = Date.now();
  if (row.last_used_at === null || now - row.last_used_at > 60_000)
    db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(now, row.id);
  return { tokenId: row.id, userId: row.user_id };
}

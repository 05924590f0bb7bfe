import { createHash, randomBytes } from 'node:crypto';

/**
 * Opaque bearer secrets (session cookies, API tokens, socket tokens). Only their sha256 is
 * stored; the prefix tells the kinds apart so a token is looked up in one table only.
 */
export type SecretKind = 'session' | 'api' | 'socket';

const PREFIX: Record<SecretKind, string> = { session: 'acs_', api: 'acc_', socket: 'acw_' };

/** Make a new secret of a kind: 32 random bytes, base64url, with the kind's prefix. */
export function newSecret(kind: SecretKind): string {
  return PREFIX[kind] + randomBytes(32).toString('base64url');
}

/** Which kind a presented secret claims to be, or null when it has no known prefix. */
export function secretKind(secret: string): SecretKind | null {
  for (const [kind, prefix] of Object.entries(PREFIX) as [SecretKind, string][]) {
    if (secret.startsWith(prefix) && secret.length === prefix.length + 43) return kind;
  }
  return null;
}

/** The stored form of a secret: hex sha256 (secrets are random, so no salt is needed). */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

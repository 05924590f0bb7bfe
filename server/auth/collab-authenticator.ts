import { getStandard } from '../accounts/standards.ts';
import { roleOf } from '../accounts/members.ts';
import { getUser } from '../accounts/users.ts';
import type { CollabAuthenticator, CollabAuthResult } from '../collab/identity.ts';
import type { Db } from '../db/open.ts';
import { standardIdFromDocument } from './document-name.ts';
import { effectiveRole, socketReadOnly } from './permissions.ts';
import { resolveApiToken } from './api-tokens.ts';
import { secretKind } from './secret-token.ts';
import { consumeSocketToken } from './socket-tokens.ts';

/** The credential name of a browser session, as sockets and access losses carry it. */
export const sessionCredential = (sessionId: string): string => `session:${sessionId}`;

/** The credential name of a personal API token. */
export const tokenCredential = (tokenId: string): string => `token:${tokenId}`;

/**
 * The collaboration socket's gate. Tokens: a browser editor's single-use socket token
 * (POST /api/session/socket-token) or a personal API token. Browser editors must send the
 * schema version they were built with (`?schema=` on the socket URL) and it must equal
 * the server's, or they are told to reload; API-token scripts may omit it (they are not
 * a Tiptap editor that would drop content it cannot parse), but if they send one it must match.
 */
export function createCollabAuthenticator(db: Db, schemaVersion: string): CollabAuthenticator {
  const unauthorized: CollabAuthResult = {
    ok: false,
    reason: 'unauthorized',
    message: 'Sign in again.',
  };
  return ({ token, documentName, schemaVersion: clientSchema }) => {
    const kind = secretKind(token);
    let userId: string | null = null;
    let credential = '';
    if (kind === 'socket') {
      const socket = consumeSocketToken(db, token);
      userId = socket?.userId ?? null;
      credential = sessionCredential(socket?.sessionId ?? '');
    } else if (kind === 'api') {
      const api = resolveApiToken(db, token);
      userId = api?.userId ?? null;
      credential = tokenCredential(api?.tokenId ?? '');
    }
    if (userId === null) return unauthorized;
    const user = getUser(db, userId);
    if (!user || user.disabled) return unauthorized;

    if (clientSchema !== schemaVersion && (kind === 'socket' || clientSchema !== null)) {
      return {
        ok: false,
        reason: 'reload',
        message: 'This editor is out of date; reload the page.',
      };
    }

    const forbidden: CollabAuthResult = {
      ok: false,
      reason: 'forbidden',
      message: 'You have no access to this document.',
    };
    const standardId = standardIdFromDocument(documentName);
    const standard = standardId ? getStandard(db, standardId) : null;
    if (!standard) return forbidden;
    const role = effectiveRole(user.isAdmin, roleOf(db, standard.id, user.id));
    if (role === null) return forbidden;
    return {
      ok: true,
      identity: {
        userId: user.id,
        name: user.name,
        color: user.color,
        readOnly: socketReadOnly(role),
        credential,
      },
    };
  };
}

import type { Hocuspocus } from '@hocuspocus/server';
import { CloseCodes } from './close-codes.ts';
import type { SessionRegistry } from './sessions.ts';
import { closeSocket } from './socket-close.ts';

export interface DisconnectRequest {
  userId: string;
  /** Only this document; omit to close every connection of the user. */
  documentName?: string;
  /** Only connections signed in with one of these credentials (see CollabIdentity). */
  credentials?: string[];
}

/**
 * Close a user's open collaboration connections at once (role revoked, user disabled,
 * signed out, password changed, token revoked).
 * A single document is closed on its socket (the socket's other documents stay open);
 * otherwise the user's sockets are closed. Returns how many connections were closed.
 */
export function disconnectUser(
  registry: SessionRegistry,
  hocuspocus: Hocuspocus,
  request: DisconnectRequest,
): number {
  let closed = 0;
  const credentials = request.credentials ? new Set(request.credentials) : null;
  for (const socket of [...registry.sockets]) {
    const sessions = [...socket.docs.values()].filter(
      (s) =>
        s.identity?.userId === request.userId &&
        (request.documentName === undefined || s.documentName === request.documentName) &&
        (credentials === null || credentials.has(s.identity.credential)),
    );
    if (sessions.length === 0) continue;
    closed += sessions.length;
    const onlyThese = sessions.length === socket.docs.size;
    if (request.documentName === undefined || onlyThese) {
      closeSocket(socket.ws, CloseCodes.accessRevoked);
      continue;
    }
    for (const session of sessions) {
      const connection = hocuspocus.documents
        .get(session.documentName)
        ?.connections.get(socket.ws)?.connection;
      // Not connected yet (still loading): the whole socket goes.
      if (!connection) closeSocket(socket.ws, CloseCodes.accessRevoked);
      else connection.close(CloseCodes.accessRevoked);
      registry.endDocument(socket, session.documentName);
    }
  }
  return closed;
}

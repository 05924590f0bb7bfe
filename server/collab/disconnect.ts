import type { Hocuspocus } from '@hocuspocus/server';
import { CloseCodes } from './close-codes.ts';
import type { SessionRegistry } from './sessions.ts';
import { closeSocket } from './socket-close.ts';

export interface DisconnectRequest {
  userId: string;
  /** Only this document; omit to close every connection of the user. */
  documentName?: string;
}

/**
 * Close a user's open collaboration connections at once (role revoked, user disabled).
 * A single document is closed on its socket (the socket's other documents stay open);
 * otherwise the user's sockets are closed. Returns how many connections were closed.
 */
export function disconnectUser(
  registry: SessionRegistry,
  hocuspocus: Hocuspocus,
  request: DisconnectRequest,
): number {
  let closed = 0;
  for (const socket of [...registry.sockets]) {
    const sessions = [...socket.docs.values()].filter(
      (s) =>
        s.identity?.userId === request.userId &&
        (request.documentName === undefined || s.documentName === request.documentName),
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

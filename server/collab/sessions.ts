import { randomUUID } from 'node:crypto';
import type { WebSocket } from 'ws';
import type { Logger } from '../logger.ts';
import type { CollabIdentity } from './identity.ts';
import { createBucket, type TokenBucket } from './rate-limit.ts';

/** One document opened on one socket: pending until authenticated, or denied. */
export interface DocSession {
  documentName: string;
  status: 'pending' | 'authenticated' | 'denied';
  identity: CollabIdentity | null;
  /** Frames Hocuspocus queued while authentication was pending. */
  pendingFrames: number;
  awareness: TokenBucket;
  /** Awareness client ids this connection has spoken for. */
  clientIds: Set<number>;
}

/** Our view of one WebSocket: which documents it opened and as whom. */
export interface SocketSession {
  id: string;
  ws: WebSocket;
  log: Logger;
  authenticated: boolean;
  /** Bytes of frames queued by Hocuspocus before authentication, over the socket's life. */
  pendingBytes: number;
  docs: Map<string, DocSession>;
}

export const AWARENESS_BURST = 60;
export const AWARENESS_PER_SECOND = 20;

/**
 * Every live socket and document session, with per-document indexes for the limits
 * (clients per document) and awareness ownership (one client id, one connection).
 */
export function createSessionRegistry() {
  const sockets = new Set<SocketSession>();
  const clientsByDocument = new Map<string, Set<SocketSession>>();
  const awarenessOwners = new Map<string, Map<number, SocketSession>>();

  const endDocument = (socket: SocketSession, documentName: string) => {
    const session = socket.docs.get(documentName);
    if (!session) return;
    socket.docs.delete(documentName);
    const clients = clientsByDocument.get(documentName);
    clients?.delete(socket);
    if (clients?.size === 0) clientsByDocument.delete(documentName);
    const owners = awarenessOwners.get(documentName);
    if (owners) {
      for (const id of session.clientIds) if (owners.get(id) === socket) owners.delete(id);
      if (owners.size === 0) awarenessOwners.delete(documentName);
    }
  };

  return {
    sockets,
    /** Register a newly upgraded socket. */
    addSocket(ws: WebSocket, log: Logger): SocketSession {
      const id = randomUUID();
      const socket: SocketSession = {
        id,
        ws,
        log: log.child({ socketId: id }),
        authenticated: false,
        pendingBytes: 0,
        docs: new Map(),
      };
      sockets.add(socket);
      return socket;
    },
    /** Forget a closed socket and every document session on it. */
    removeSocket(socket: SocketSession) {
      for (const name of [...socket.docs.keys()]) endDocument(socket, name);
      sockets.delete(socket);
    },
    /** The session for `documentName` on `socket`, created pending on first sight. */
    openDocument(socket: SocketSession, documentName: string): DocSession {
      let session = socket.docs.get(documentName);
      if (!session) {
        session = {
          documentName,
          status: 'pending',
          identity: null,
          pendingFrames: 0,
          awareness: createBucket(AWARENESS_BURST, Date.now()),
          clientIds: new Set(),
        };
        socket.docs.set(documentName, session);
      }
      return session;
    },
    /** Mark a document session authenticated as `identity`. */
    admit(socket: SocketSession, session: DocSession, identity: CollabIdentity) {
      session.status = 'authenticated';
      session.identity = identity;
      socket.authenticated = true;
      let clients = clientsByDocument.get(session.documentName);
      if (!clients)
        clientsByDocument.set(session.documentName, (clients = new Set<SocketSession>()));
      clients.add(socket);
    },
    endDocument,
    /** Authenticated connections on a document. */
    clientCount(documentName: string): number {
      return clientsByDocument.get(documentName)?.size ?? 0;
    },
    /** May `socket` speak for awareness client `clientId` on the document? Claims it if free. */
    claimClientId(socket: SocketSession, session: DocSession, clientId: number): boolean {
      let owners = awarenessOwners.get(session.documentName);
      if (!owners)
        awarenessOwners.set(session.documentName, (owners = new Map<number, SocketSession>()));
      const owner = owners.get(clientId);
      if (owner && owner !== socket) return false;
      if (!owner) {
        if (session.clientIds.size >= 4) return false;
        owners.set(clientId, socket);
        session.clientIds.add(clientId);
      }
      return true;
    },
  };
}

export type SessionRegistry = ReturnType<typeof createSessionRegistry>;

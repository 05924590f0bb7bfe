import { Hocuspocus } from '@hocuspocus/server';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { DocumentStore } from '../store/index.ts';
import { createAuthExtension, type SocketContext } from './auth.ts';
import { createAwarenessBatching } from './awareness-broadcast.ts';
import { CloseCodes } from './close-codes.ts';
import { disconnectUser, type DisconnectRequest } from './disconnect.ts';
import { guardSocket } from './frame-guard.ts';
import type { CollabAuthenticator } from './identity.ts';
import { createPersistence } from './persistence.ts';
import { createSessionRegistry } from './sessions.ts';
import { closeSocket } from './socket-close.ts';

export type { CollabAuthenticator, CollabIdentity } from './identity.ts';
export { CloseCodes } from './close-codes.ts';
export type { DisconnectRequest } from './disconnect.ts';
export { refuseEveryone } from './refuse-everyone.ts';

export interface CollabDeps {
  store: DocumentStore;
  logger: Logger;
  config: Pick<
    Config,
    | 'ACCORD_MAX_MESSAGE_BYTES'
    | 'ACCORD_MAX_DOCUMENT_BYTES'
    | 'ACCORD_MAX_CLIENTS_PER_DOCUMENT'
    | 'ACCORD_MAX_DOCUMENTS_PER_SOCKET'
    | 'ACCORD_AUTH_TIMEOUT_SECONDS'
  >;
  /** Who a token belongs to; accounts provide the real one. */
  authenticator: CollabAuthenticator;
}

export interface CollabServer {
  hocuspocus: Hocuspocus;
  /** Take over an HTTP upgrade request for /collab. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Close a user's open connections now (role revoked, user disabled); returns how many. */
  disconnect(request: DisconnectRequest): number;
  /** Open sockets (for metrics and tests). */
  socketCount(): number;
  /** Stop accepting, close every socket and unload every document. Every edit is already stored. */
  close(): Promise<void>;
}

/**
 * The collaboration socket: Hocuspocus 3 behind our own WebSocketServer, with our
 * extensions for authentication, persistence and limits, and a frame guard on every socket.
 */
export function createCollabServer(deps: CollabDeps): CollabServer {
  const logger = deps.logger.child({ component: 'collab' });
  const registry = createSessionRegistry();
  const persistence = createPersistence({
    store: deps.store,
    logger,
    maxDocumentBytes: deps.config.ACCORD_MAX_DOCUMENT_BYTES,
  });
  const hocuspocus = new Hocuspocus({
    quiet: true,
    extensions: [
      createAuthExtension({
        authenticator: deps.authenticator,
        registry,
        maxClientsPerDocument: deps.config.ACCORD_MAX_CLIENTS_PER_DOCUMENT,
        logger,
      }),
      persistence.extension,
      createAwarenessBatching(logger),
    ],
  });
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: deps.config.ACCORD_MAX_MESSAGE_BYTES,
  });
  let closing = false;

  const accept = (ws: WebSocket, req: IncomingMessage) => {
    const socket = registry.addSocket(ws, logger);
    guardSocket(ws, socket, {
      registry,
      maxDocumentsPerSocket: deps.config.ACCORD_MAX_DOCUMENTS_PER_SOCKET,
      wouldExceedDocumentSize: (name, bytes) => persistence.wouldExceedDocumentSize(name, bytes),
    });
    const authTimer = setTimeout(() => {
      if (socket.authenticated) return;
      socket.log.info('closing unauthenticated socket');
      closeSocket(ws, CloseCodes.authenticationTimeout);
    }, deps.config.ACCORD_AUTH_TIMEOUT_SECONDS * 1000);
    ws.once('close', (code: number) => {
      clearTimeout(authTimer);
      registry.removeSocket(socket);
      socket.log.debug({ code }, 'socket closed');
    });
    // ws reports protocol errors (bad frames, oversized messages) here before closing.
    ws.on('error', (err) => socket.log.info({ err: err.message }, 'socket error'));
    hocuspocus.handleConnection(ws, req, { socket } satisfies SocketContext);
  };

  return {
    hocuspocus,
    handleUpgrade(req, socket, head) {
      if (closing) {
        socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => accept(ws, req));
    },
    disconnect(request) {
      const closed = disconnectUser(registry, hocuspocus, request);
      logger.info(
        { userId: request.userId, documentName: request.documentName, closed },
        'disconnected user',
      );
      return closed;
    },
    socketCount() {
      return registry.sockets.size;
    },
    async close() {
      closing = true;
      const closed = [...wss.clients].map(
        (ws) =>
          new Promise<void>((resolve) => {
            if (ws.readyState === ws.CLOSED) return resolve();
            ws.once('close', () => resolve());
            closeSocket(ws, CloseCodes.serverShutdown, 1000);
          }),
      );
      await Promise.all(closed);
      // Run any debounced Hocuspocus store timers now so nothing fires after the database closes.
      await Promise.allSettled(
        [...hocuspocus.documents.keys()].map((name) =>
          Promise.resolve(hocuspocus.debouncer.executeNow(`onStoreDocument-${name}`)),
        ),
      );
      wss.close();
      deps.store.close();
    },
  };
}

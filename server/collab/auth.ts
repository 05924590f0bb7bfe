import type { Extension } from '@hocuspocus/server';
import type { Logger } from '../logger.ts';
import type { CollabAuthenticator, CollabAuthResult } from './identity.ts';
import type { AccordContext } from './origin.ts';
import type { SessionRegistry, SocketSession } from './sessions.ts';

export interface AuthOptions {
  authenticator: CollabAuthenticator;
  registry: SessionRegistry;
  maxClientsPerDocument: number;
  logger: Logger;
}

/** The context every connection starts with (handleConnection's default context). */
export interface SocketContext extends AccordContext {
  socket: SocketSession;
}

/**
 * A refusal Hocuspocus turns into an authenticationFailed message: its `reason` reaches
 * the provider as `"<reason>: <message>"` (e.g. "reload: …"). The empty Error message
 * keeps Hocuspocus from printing it to the console.
 */
function refusal(reason: string, message: string): Error {
  return Object.assign(new Error(), { reason: `${reason}: ${message}` });
}

/**
 * Authentication and admission: asks the CollabAuthenticator who the token belongs to
 * (passing the editor's `?schema=` version), sets read-only, enforces clients per
 * document, and records the identity for attribution and awareness.
 */
export function createAuthExtension(options: AuthOptions): Extension {
  const { registry } = options;
  return {
    priority: 200,
    onAuthenticate({ token, documentName, requestParameters, context, connectionConfig }) {
      const { socket } = context as SocketContext;
      const session = registry.openDocument(socket, documentName);
      const log = socket.log.child({ documentName });
      let result: CollabAuthResult;
      try {
        result = options.authenticator({
          token,
          documentName,
          schemaVersion: requestParameters.get('schema'),
        });
      } catch (err) {
        log.error({ err }, 'authenticator failed');
        result = { ok: false, reason: 'unauthorized', message: 'Authentication failed.' };
      }
      if (!result.ok) {
        session.status = 'denied';
        log.info({ reason: result.reason }, 'collaboration refused');
        return Promise.reject(refusal(result.reason, result.message));
      }
      if (registry.clientCount(documentName) >= options.maxClientsPerDocument) {
        session.status = 'denied';
        log.warn({ userId: result.identity.userId }, 'document full');
        return Promise.reject(
          refusal('document-full', 'Too many people have this document open; try again later.'),
        );
      }
      registry.admit(socket, session, result.identity);
      connectionConfig.readOnly = result.identity.readOnly;
      log.info(
        { userId: result.identity.userId, readOnly: result.identity.readOnly },
        'collaboration authenticated',
      );
      return Promise.resolve({ identity: result.identity } satisfies AccordContext);
    },
    onDisconnect({ context, documentName }) {
      try {
        const { socket } = context as SocketContext;
        registry.endDocument(socket, documentName);
      } catch (err) {
        options.logger.error({ err, documentName }, 'onDisconnect bookkeeping failed');
      }
      return Promise.resolve();
    },
  };
}

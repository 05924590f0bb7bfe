import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/**
 * `ws` with an error listener: destroying a provider while it reconnects closes a socket
 * that is still connecting, which `ws` reports as an 'error' event (an uncaught exception
 * without a listener). The provider handles the close itself.
 */
export class QuietWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => undefined);
  }
}

export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Close codes the socket was closed with, in order. */
  closeCodes: number[];
  /** Reasons given by authenticationFailed, in order. */
  authFailures: string[];
  destroy(): void;
}

/**
 * A real HocuspocusProvider over a real WebSocket (Node has no global WebSocket: `ws`
 * is the polyfill), reconnecting quickly so tests do not wait for the default back-off.
 */
export function connectClient(
  url: string,
  documentName: string,
  token: string,
  options: { doc?: Y.Doc; query?: string } = {},
): TestClient {
  const doc = options.doc ?? new Y.Doc();
  const closeCodes: number[] = [];
  const authFailures: string[] = [];
  const socket = new HocuspocusProviderWebsocket({
    url: options.query ? `${url}?${options.query}` : url,
    WebSocketPolyfill: QuietWebSocket,
    delay: 50,
    minDelay: 50,
    maxDelay: 300,
    factor: 1.5,
    onClose: ({ event }) => closeCodes.push(event.code),
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    document: doc,
    token,
    onAuthenticationFailed: ({ reason }) => authFailures.push(reason),
  });
  provider.attach();
  return {
    doc,
    provider,
    socket,
    closeCodes,
    authFailures,
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Wait until `condition` holds (polling); throws with `what` after `timeoutMs`. */
export async function waitFor(
  condition: () => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Wait until the provider is synced and the server acknowledged every local change. */
export function waitForAcknowledged(client: TestClient, timeoutMs = 10_000): Promise<void> {
  return waitFor(
    () => client.provider.isSynced && client.provider.unsyncedChanges === 0,
    'acknowledged changes',
    timeoutMs,
  );
}

/** The text of the shared Y.Text "t" that tests edit. */
export function textOf(doc: Y.Doc): string {
  return doc.getText('t').toJSON();
}

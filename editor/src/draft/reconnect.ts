// Reconnecting a HocuspocusProviderWebsocket safely, also right after disconnect().
import { WebSocketStatus, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';

/**
 * Use instead of `socket.connect()` whenever the socket may have just been disconnected
 * (a network flap: offline then online again).
 *
 * Provider 3.4.4 keeps reporting "connected" until the old WebSocket's close event arrives.
 * A `connect()` before that returns at once without asking for a connection, and the close
 * that follows sees `shouldConnect === false` and never retries: the client stays offline
 * for good while its edits pile up. Asking for a connection first makes that close retry.
 */
export function reconnect(socket: HocuspocusProviderWebsocket): void {
  socket.shouldConnect = true;
  if (socket.status !== WebSocketStatus.Connected) void socket.connect();
}

import type { WebSocket } from 'ws';
import type { CloseCode } from './close-codes.ts';

/**
 * Close a socket with one of our codes, and make sure it goes: a peer that never answers
 * the close handshake is terminated after a grace period. Safe to call twice.
 */
export function closeSocket(ws: WebSocket, close: CloseCode, graceMs = 2000): void {
  if (ws.readyState === ws.CLOSED) return;
  if (ws.readyState !== ws.CLOSING) ws.close(close.code, close.reason);
  setTimeout(() => {
    if (ws.readyState !== ws.CLOSED) ws.terminate();
  }, graceMs).unref();
}

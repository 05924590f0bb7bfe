import * as encoding from 'lib0/encoding';
import type { WebSocket } from 'ws';
import { filterAwarenessUpdate } from './awareness-filter.ts';
import { CloseCodes, type CloseCode } from './close-codes.ts';
import { MessageType, parseFrame, SyncType, type Frame } from './frame.ts';
import { takeToken } from './rate-limit.ts';
import {
  AWARENESS_BURST,
  AWARENESS_PER_SECOND,
  type DocSession,
  type SessionRegistry,
  type SocketSession,
} from './sessions.ts';
import { closeSocket } from './socket-close.ts';

/**
 * Frames Hocuspocus may queue for a socket before authentication completes. A provider
 * flushes its whole offline queue right after its auth message, so this is generous in
 * count and bounded in bytes; the auth timeout bounds how long a socket can stay here.
 */
export const MAX_PENDING_FRAMES = 20_000;
export const MAX_PENDING_BYTES = 16 * 1024 * 1024;

export interface FrameGuardOptions {
  registry: SessionRegistry;
  maxDocumentsPerSocket: number;
  /** Would adding `bytes` to the live document push it over the size limit? */
  wouldExceedDocumentSize(documentName: string, bytes: number): boolean;
}

type Verdict =
  | { action: 'pass' }
  | { action: 'replace'; data: Uint8Array }
  | { action: 'drop'; why: string }
  | { action: 'close'; close: CloseCode; why: string };

const pass: Verdict = { action: 'pass' };

/**
 * Put our checks in front of Hocuspocus for one socket: every incoming frame is parsed
 * and judged before Hocuspocus's own 'message' listener runs (we wrap `emit`, so frames
 * Hocuspocus re-emits after authentication are judged again, with the identity known).
 * A frame is passed, rewritten (awareness), dropped, or the socket is closed with a code.
 */
export function guardSocket(ws: WebSocket, socket: SocketSession, options: FrameGuardOptions) {
  const emit = ws.emit.bind(ws) as (event: string | symbol, ...args: unknown[]) => boolean;
  const guardedEmit = (event: string | symbol, ...args: unknown[]): boolean => {
    if (event !== 'message') return emit(event, ...args);
    let verdict: Verdict;
    try {
      verdict = judge(args[0], args[1], socket, options);
    } catch (err) {
      socket.log.error({ err }, 'frame guard failed; closing the socket');
      verdict = { action: 'close', close: CloseCodes.malformedMessage, why: 'guard error' };
    }
    switch (verdict.action) {
      case 'pass':
        return emit('message', args[0]);
      case 'replace':
        return emit(
          'message',
          Buffer.from(verdict.data.buffer, verdict.data.byteOffset, verdict.data.byteLength),
        );
      case 'drop':
        socket.log.debug({ why: verdict.why }, 'frame dropped');
        return true;
      case 'close':
        socket.log.warn({ why: verdict.why, code: verdict.close.code }, 'closing socket');
        closeSocket(ws, verdict.close);
        return true;
    }
  };
  ws.emit = guardedEmit as typeof ws.emit;
}

function toBytes(data: unknown): Uint8Array | null {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data) && data.every((part) => Buffer.isBuffer(part)))
    return Buffer.concat(data);
  return null;
}

function judge(
  data: unknown,
  isBinary: unknown,
  socket: SocketSession,
  options: FrameGuardOptions,
): Verdict {
  if (socket.ws.readyState !== socket.ws.OPEN) return { action: 'drop', why: 'socket closing' };
  const bytes = toBytes(data);
  if (isBinary === false || !bytes)
    return { action: 'close', close: CloseCodes.malformedMessage, why: 'text frame' };
  const parsed = parseFrame(bytes);
  if (!parsed.ok)
    return { action: 'close', close: CloseCodes.malformedMessage, why: parsed.problem };
  const frame = parsed.frame;
  if (frame.kind === 'broadcast-stateless')
    return { action: 'close', close: CloseCodes.messageTypeNotAllowed, why: 'broadcast stateless' };

  if (!socket.docs.has(frame.documentName) && socket.docs.size >= options.maxDocumentsPerSocket)
    return { action: 'close', close: CloseCodes.tooManyDocuments, why: 'documents per socket' };
  const session = options.registry.openDocument(socket, frame.documentName);

  switch (session.status) {
    case 'denied':
      // Hocuspocus would queue these forever after a refused authentication.
      return { action: 'drop', why: 'document denied' };
    case 'pending':
      if (frame.kind === 'auth') return pass;
      session.pendingFrames += 1;
      socket.pendingBytes += bytes.byteLength;
      if (session.pendingFrames > MAX_PENDING_FRAMES || socket.pendingBytes > MAX_PENDING_BYTES)
        return { action: 'close', close: CloseCodes.tooManyPendingMessages, why: 'pending frames' };
      // Queued by Hocuspocus and re-emitted (and judged again) once authenticated.
      return pass;
    case 'authenticated':
      return judgeAuthenticated(frame, socket, session, options);
  }
}

function judgeAuthenticated(
  frame: Frame,
  socket: SocketSession,
  session: DocSession,
  options: FrameGuardOptions,
): Verdict {
  if (frame.kind === 'sync') {
    const changes = frame.syncType === SyncType.step2 || frame.syncType === SyncType.update;
    if (!changes) return pass;
    // Read-only: Hocuspocus answers step 2 without applying it; a bare update is never theirs to send.
    if (session.identity?.readOnly)
      return frame.syncType === SyncType.update
        ? { action: 'drop', why: 'read-only update' }
        : pass;
    if (options.wouldExceedDocumentSize(frame.documentName, frame.payload.byteLength))
      return { action: 'close', close: CloseCodes.documentTooLarge, why: 'document size' };
    return pass;
  }
  if (frame.kind === 'awareness') {
    if (!takeToken(session.awareness, AWARENESS_BURST, AWARENESS_PER_SECOND, Date.now()))
      return { action: 'drop', why: 'awareness rate' };
    const identity = session.identity;
    if (!identity) return { action: 'drop', why: 'no identity' };
    const filtered = filterAwarenessUpdate(frame.payload, {
      name: identity.name,
      color: identity.color,
      mayUse: (clientId) => options.registry.claimClientId(socket, session, clientId),
    });
    if (!filtered) return { action: 'drop', why: 'awareness refused' };
    return { action: 'replace', data: encodeAwarenessFrame(frame.documentName, filtered.update) };
  }
  return pass;
}

function encodeAwarenessFrame(documentName: string, update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Authentication and authorisation: secrets, sessions, tokens, permissions, the socket gate. */
export { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.ts';
export { watchAccessLosses, type AccessLoss } from './access-watcher.ts';
export { callerFromApiToken, callerFromSession, type Caller } from './caller.ts';
export { createCollabAuthenticator } from './collab-authenticator.ts';
export { draftDocumentName, standardIdFromDocument } from './document-name.ts';
export { hashPassword, randomPassword, verifyPassword, MIN_PASSWORD_LENGTH } from './password.ts';
export {
  ACTIONS,
  ROLES,
  can,
  canOnPlatform,
  effectiveRole,
  socketReadOnly,
  type Action,
  type EffectiveRole,
  type PlatformAction,
  type Role,
} from './permissions.ts';
export { createSession, deleteSession, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from './sessions.ts';
export { createSocketToken, SOCKET_TOKEN_MS } from './socket-tokens.ts';
export { SignInThrottle } from './throttle.ts';
export { colorForUser } from './user-color.ts';

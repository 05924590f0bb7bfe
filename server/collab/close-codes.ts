/**
 * WebSocket close codes the collaboration socket uses, one per reason, so a client (and
 * the logs) can tell why a connection ended. 4000–4999 are application codes; providers
 * reconnect after any close, which is what makes 4503 safe for unsaved edits.
 */
export const CloseCodes = {
  malformedMessage: { code: 4400, reason: 'malformed-message' },
  authenticationTimeout: { code: 4408, reason: 'authentication-timeout' },
  accessRevoked: { code: 4403, reason: 'access-revoked' },
  messageTypeNotAllowed: { code: 4405, reason: 'message-type-not-allowed' },
  documentTooLarge: { code: 4413, reason: 'document-too-large' },
  tooManyDocuments: { code: 4429, reason: 'too-many-documents' },
  tooManyPendingMessages: { code: 4430, reason: 'too-many-pending-messages' },
  storeUnavailable: { code: 4503, reason: 'store-unavailable' },
  serverShutdown: { code: 1001, reason: 'server-shutdown' },
} as const satisfies Record<string, { code: number; reason: string }>;

export type CloseCode = (typeof CloseCodes)[keyof typeof CloseCodes];

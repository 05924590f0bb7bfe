/**
 * The contract between the collaboration socket and accounts: the socket hands over the
 * provider's token and the document asked for; accounts answer who this is and whether
 * they may write. Kept in its own file so both sides import it without importing each other.
 */
export interface CollabIdentity {
  userId: string;
  /** Verified display name and caret colour: awareness may only carry these. */
  name: string;
  color: string;
  readOnly: boolean;
  /**
   * What the socket signed in with ('session:<id>' or 'token:<id>'): ending that session or
   * revoking that token closes the socket too.
   */
  credential: string;
}

export interface CollabAuthRequest {
  token: string;
  documentName: string;
  /** The editor's schema version (query parameter `schema` of the socket URL), if sent. */
  schemaVersion: string | null;
}

export type CollabAuthResult =
  | { ok: true; identity: CollabIdentity }
  /** unauthorized: no valid token; forbidden: no role on this document; reload: old editor. */
  | { ok: false; reason: 'unauthorized' | 'forbidden' | 'reload'; message: string };

export type CollabAuthenticator = (request: CollabAuthRequest) => CollabAuthResult;

/**
 * The collaboration document of a standard's draft is `standard/<standardId>`: opaque,
 * stable across slug changes, and the only document names the socket accepts.
 */
const PREFIX = 'standard/';
const ID = /^[0-9a-f-]{36}$/;

/** The document name of a standard's draft; GET /api/standards returns it as `document`. */
export function draftDocumentName(standardId: string): string {
  return PREFIX + standardId;
}

/** The standard id a document name refers to, or null when it is not a draft document. */
export function standardIdFromDocument(documentName: string): string | null {
  if (!documentName.startsWith(PREFIX)) return null;
  const id = documentName.slice(PREFIX.length);
  return ID.test(id) ? id : null;
}

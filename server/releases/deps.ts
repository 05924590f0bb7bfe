import type { Db } from '../db/open.ts';
import type { Logger } from '../logger.ts';
import type { DocumentStore } from '../store/index.ts';

/** What the release pipeline needs from the process. */
export interface ReleaseDeps {
  db: Db;
  /** The collaboration store holding each standard's draft. */
  store: DocumentStore;
  /** ACCORD_STANDARDS_DIR: where published release folders are written. */
  standardsDir: string;
  logger: Logger;
  /**
   * Called after release files changed (publish, supersede, withdraw), once the response
   * can go; the server wires the site rebuild here. Must not throw.
   */
  onFilesChanged?: (slug: string) => void;
  /** Tell everyone who has a draft open (Hocuspocus stateless), e.g. that it was replaced. */
  broadcast?: (documentName: string, payload: string) => void;
}

/** An expected failure of a release operation, mapped to a problem detail by the routes. */
export interface ReleaseFailure {
  ok: false;
  status: 400 | 404 | 409;
  title: string;
  detail: string;
  errors?: { field: string; message: string }[];
}

/** Build a failure; 400 failures name the offending field. */
export function fail(status: 400 | 404 | 409, detail: string, field?: string): ReleaseFailure {
  const title = status === 400 ? 'Bad Request' : status === 404 ? 'Not Found' : 'Conflict';
  return {
    ok: false,
    status,
    title,
    detail,
    ...(field === undefined ? {} : { errors: [{ field, message: detail }] }),
  };
}

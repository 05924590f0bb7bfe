/** What the review routes need from the process, and the outcome type of review operations. */
import type { Db } from '../db/open.ts';
import type { Logger } from '../logger.ts';
import type { Standard } from '../accounts/standards.ts';
import { draftFromState, type DraftSnapshot } from './draft.ts';

export interface ReviewDeps {
  db: Db;
  logger: Logger;
  /** Public origin behind a reverse proxy (CSRF checks), if configured. */
  publicUrl: string | undefined;
  /** The stored Yjs state of a document (the collaboration store's `loadState`). */
  loadState(documentName: string): Uint8Array | null;
  /**
   * Tell every connection on a document that something changed (Hocuspocus stateless
   * message from the server). Payloads carry ids only; clients refetch through the API.
   */
  broadcast(documentName: string, payload: string): void;
}

/** A failed review operation, as the API answers it. */
export interface Failure {
  ok: false;
  status: 400 | 403 | 404 | 409 | 422 | 503;
  title: string;
  detail: string;
}
export type Outcome<T> = ({ ok: true } & T) | Failure;

/** Use to build a failure outcome. */
export function fail(status: Failure['status'], title: string, detail: string): Failure {
  return { ok: false, status, title, detail };
}

/** Use to read a standard's draft as it is now (every edit is in the store before it is acknowledged). */
export function loadDraft(deps: ReviewDeps, standard: Standard): DraftSnapshot {
  return draftFromState(deps.loadState(standard.document), standard.language);
}

/** The kinds of change review announces to everyone viewing a draft. */
export type ReviewEventName =
  | 'thread.created'
  | 'thread.updated'
  | 'thread.deleted'
  | 'comment.added'
  | 'comment.edited'
  | 'comment.deleted'
  | 'disposition.set'
  | 'round.changed'
  | 'threads.imported';

/** Use after a review change has been committed: broadcasts ids only, never text. */
export function announce(
  deps: ReviewDeps,
  standard: Standard,
  event: ReviewEventName,
  ids: { roundId?: string; threadId?: string; commentId?: string } = {},
): void {
  try {
    deps.broadcast(standard.document, JSON.stringify({ type: 'review', event, ...ids }));
  } catch (err) {
    // A failed notification must not fail the request: the change is stored.
    deps.logger.warn({ err, standardId: standard.id, event }, 'review broadcast failed');
  }
}

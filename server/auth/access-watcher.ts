import { auditSince, lastAuditId } from '../accounts/audit.ts';
import { draftDocumentName } from './document-name.ts';
import type { Db } from '../db/open.ts';

/** A user lost access: to one document, or (documentName undefined) to everything. */
export interface AccessLoss {
  userId: string;
  documentName?: string;
  /** Only sockets signed in with one of these (ended sessions, a revoked token). */
  credentials?: string[];
}

const LOSS_ACTIONS = ['member.revoke', 'member.grant', 'user.disable'] as const;

/**
 * What an audit row written by the CLI means for open sockets: a disabled user or a
 * revoked role closes them; a changed role reconnects them with the new rights. Rows
 * written by the API are acted on directly by the API, so they are skipped here.
 */
export function accessLossOf(row: {
  action: string;
  target_user_id: string | null;
  standard_id: string | null;
  detail: string | null;
}): AccessLoss | null {
  const detail = parseDetail(row.detail);
  if (!row.target_user_id || detail.via !== 'cli') return null;
  if (row.action === 'user.disable') return { userId: row.target_user_id };
  if (!row.standard_id) return null;
  if (row.action === 'member.grant' && (detail.previous == null || detail.previous === detail.role))
    return null;
  return { userId: row.target_user_id, documentName: draftDocumentName(row.standard_id) };
}

function parseDetail(text: string | null): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text ?? '{}');
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Watch the audit log for access losses recorded by another process (the admin CLI
 * writes to the same database) and report them, so open sockets close within one poll.
 * Changes made through the API are reported directly and do not wait for the poll.
 */
export function watchAccessLosses(
  db: Db,
  onLoss: (loss: AccessLoss) => void,
  intervalMs = 2000,
): { stop(): void } {
  let after = lastAuditId(db);
  const timer = setInterval(() => {
    try {
      for (const row of auditSince(db, after, LOSS_ACTIONS)) {
        after = row.id;
        const loss = accessLossOf(row);
        if (loss) onLoss(loss);
      }
    } catch {
      // The database may be closing; the next tick (if any) retries.
    }
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

import type { Db } from '../db/open.ts';

/**
 * The append-only audit log (triggers refuse UPDATE and DELETE). Record every
 * security-relevant act: sign-ins, tokens, roles, standards, releases, admin changes.
 */
export type AuditAction =
  | 'session.sign-in'
  | 'session.sign-in-failed'
  | 'session.sign-out'
  | 'password.change'
  | 'token.create'
  | 'token.revoke'
  | 'member.grant'
  | 'member.revoke'
  | 'standard.create'
  | 'agency.create'
  | 'user.create'
  | 'user.update'
  | 'user.disable'
  | 'user.enable'
  | 'release.candidate'
  | 'release.approve'
  | 'release.publish'
  // Other engineers may add actions of their own without editing this list.
  | (string & {});

export interface AuditEntry {
  action: AuditAction;
  /** The user who acted; null for anonymous acts (a failed sign-in) and the CLI's first start. */
  actorId: string | null;
  ip?: string | null;
  standardId?: string | null;
  targetUserId?: string | null;
  /** Small JSON-able facts (ids, slugs, roles, emails): never passwords, tokens or document text. */
  detail?: Record<string, unknown>;
}

export interface AuditRecord {
  id: number;
  at: string;
  action: string;
  actorId: string | null;
  actorEmail: string | null;
  actorAgency: string | null;
  ip: string | null;
  standardId: string | null;
  targetUserId: string | null;
  detail: Record<string, unknown>;
}

/** Append one entry; the actor's email and agency code are copied so the log outlives renames. */
export function audit(db: Db, entry: AuditEntry): void {
  const actor = entry.actorId
    ? (db
        .prepare(
          `SELECT u.email, a.code AS agency FROM users u LEFT JOIN agencies a ON a.id = u.agency_id WHERE u.id = ?`,
        )
        .get(entry.actorId) as { email: string; agency: string | null } | undefined)
    : undefined;
  db.prepare(
    `INSERT INTO audit_log (at, action, actor_id, actor_email, actor_agency, ip, standard_id, target_user_id, detail)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    Date.now(),
    entry.action,
    entry.actorId,
    actor?.email ?? null,
    actor?.agency ?? null,
    entry.ip ?? null,
    entry.standardId ?? null,
    entry.targetUserId ?? null,
    JSON.stringify(entry.detail ?? {}),
  );
}

export interface AuditFilter {
  action?: string | undefined;
  actorId?: string | undefined;
  standardId?: string | undefined;
  /** Epoch milliseconds, inclusive. */
  from?: number | undefined;
  /** Epoch milliseconds, exclusive. */
  to?: number | undefined;
  /** Only entries with an id below this one (paging backwards). */
  before?: number | undefined;
  limit: number;
}

interface AuditRow {
  id: number;
  at: number;
  action: string;
  actor_id: string | null;
  actor_email: string | null;
  actor_agency: string | null;
  ip: string | null;
  standard_id: string | null;
  target_user_id: string | null;
  detail: string | null;
}

/** Read the log newest first, filtered; use for the admin audit page and its CSV export. */
export function listAudit(db: Db, filter: AuditFilter): AuditRecord[] {
  const where: string[] = [];
  const args: (string | number)[] = [];
  const add = (sql: string, value: string | number | undefined) => {
    if (value === undefined) return;
    where.push(sql);
    args.push(value);
  };
  add('action = ?', filter.action);
  add('actor_id = ?', filter.actorId);
  add('standard_id = ?', filter.standardId);
  add('at >= ?', filter.from);
  add('at < ?', filter.to);
  add('id < ?', filter.before);
  const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
  const rows = db.prepare(sql).all(...args, filter.limit) as AuditRow[];
  return rows.map((r) => ({
    id: r.id,
    at: new Date(r.at).toISOString(),
    action: r.action,
    actorId: r.actor_id,
    actorEmail: r.actor_email,
    actorAgency: r.actor_agency,
    ip: r.ip,
    standardId: r.standard_id,
    targetUserId: r.target_user_id,
    detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : {},
  }));
}

/** Audit entries after an id, oldest first; the access watcher polls this for revocations. */
export function auditSince(db: Db, afterId: number, actions: readonly string[]): AuditRow[] {
  const marks = actions.map(() => '?').join(', ');
  return db
    .prepare(`SELECT * FROM audit_log WHERE id > ? AND action IN (${marks}) ORDER BY id LIMIT 1000`)
    .all(afterId, ...actions) as AuditRow[];
}

/** The newest audit id (0 when empty); where the access watcher starts. */
export function lastAuditId(db: Db): number {
  const row = db.prepare('SELECT MAX(id) AS id FROM audit_log').get() as { id: number | null };
  return row.id ?? 0;
}

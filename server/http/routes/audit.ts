import type { Hono } from 'hono';
import { z } from 'zod';
import { listAudit } from '../../accounts/audit.ts';
import { auditToCsv } from '../../accounts/audit-csv.ts';
import type { ApiDeps, ApiEnv } from '../middleware/api-env.ts';
import { requirePlatform } from '../middleware/require.ts';
import { parseInput } from '../middleware/validate.ts';
import type { RouteDoc } from './route-doc.ts';
import { authProblems, Id } from './schemas.ts';

const AuditQuery = z.strictObject({
  action: z.string().max(64).optional(),
  actor: Id.optional().describe('Actor user id'),
  standard: Id.optional().describe('Standard id'),
  from: z.iso.datetime({ offset: true }).optional().describe('Inclusive start time'),
  to: z.iso.datetime({ offset: true }).optional().describe('Exclusive end time'),
  before: z.coerce.number().int().positive().optional().describe('Entries older than this id'),
  limit: z.coerce.number().int().min(1).max(10_000).default(100),
  format: z.enum(['json', 'csv']).default('json'),
});

const AuditRecordOut = z.object({
  id: z.number(),
  at: z.string(),
  action: z.string(),
  actorId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  actorAgency: z.string().nullable(),
  ip: z.string().nullable(),
  standardId: z.string().nullable(),
  targetUserId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});

/** The audit log for platform admins: filtered, paged newest first, or exported as CSV. */
export function auditRoutes(app: Hono<ApiEnv>, deps: ApiDeps): void {
  app.get('/audit', (c) => {
    const who = requirePlatform(c, 'audit.read');
    if (!who.ok) return who.response;
    const query = parseInput(c, AuditQuery, c.req.query());
    if (!query.ok) return query.response;
    const q = query.data;
    const records = listAudit(deps.db, {
      action: q.action,
      actorId: q.actor,
      standardId: q.standard,
      from: q.from ? Date.parse(q.from) : undefined,
      to: q.to ? Date.parse(q.to) : undefined,
      before: q.before,
      limit: q.limit,
    });
    if (q.format === 'csv') {
      return c.body(auditToCsv(records), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="accord-audit.csv"',
      });
    }
    return c.json({ entries: records });
  });
}

export const auditDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/audit',
    summary: 'The audit log, newest first (platform admin); format=csv exports it',
    tag: 'audit',
    auth: 'admin',
    query: AuditQuery,
    responses: {
      200: {
        description: 'Entries (JSON) or a CSV file',
        schema: z.object({ entries: z.array(AuditRecordOut) }),
      },
      ...authProblems,
    },
  },
];

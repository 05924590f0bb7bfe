import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/open.ts';
import { LIMITS, tooLong } from './limits.ts';

/** Agencies: the organisations users belong to; comments and releases show them. */
export const AGENCY_KINDS = ['government', 'ngo', 'international', 'other'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const agencyCode = z
  .string()
  .trim()
  .min(2, 'at least 2 characters')
  .max(LIMITS.agencyCode, tooLong(LIMITS.agencyCode))
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'letters, digits, - and _ only');

export const AgencySchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(AGENCY_KINDS),
});
export type Agency = z.infer<typeof AgencySchema>;

interface AgencyRow {
  id: string;
  code: string;
  name: string;
  kind: AgencyKind;
}

const toAgency = (r: AgencyRow): Agency => ({ id: r.id, code: r.code, name: r.name, kind: r.kind });

/** Every agency, by name; use for pickers and the admin list. */
export function listAgencies(db: Db): Agency[] {
  return (db.prepare('SELECT * FROM agencies ORDER BY name').all() as AgencyRow[]).map(toAgency);
}

/** The agency with a short code (case-insensitive), if any. */
export function findAgencyByCode(db: Db, code: string): Agency | null {
  const row = db.prepare('SELECT * FROM agencies WHERE code = ?').get(code) as
    AgencyRow | undefined;
  return row ? toAgency(row) : null;
}

/** The agency with an id, if any. */
export function getAgency(db: Db, id: string): Agency | null {
  const row = db.prepare('SELECT * FROM agencies WHERE id = ?').get(id) as AgencyRow | undefined;
  return row ? toAgency(row) : null;
}

export type CreateAgencyResult = { ok: true; agency: Agency } | { ok: false; error: 'code-taken' };

/** Create an agency; its code must be unused. Used by the API, the CLI and the demo seeder. */
export function createAgency(
  db: Db,
  input: { code: string; name: string; kind: AgencyKind },
): CreateAgencyResult {
  if (findAgencyByCode(db, input.code)) return { ok: false, error: 'code-taken' };
  const agency: Agency = { id: randomUUID(), ...input };
  db.prepare('INSERT INTO agencies (id, code, name, kind, created_at) VALUES (?, ?, ?, ?, ?)').run(
    agency.id,
    agency.code,
    agency.name,
    agency.kind,
    Date.now(),
  );
  return { ok: true, agency };
}

/** Rename an agency or change its kind; its code stays (comment tables and exports cite it). */
export function updateAgency(
  db: Db,
  id: string,
  change: { name?: string | undefined; kind?: AgencyKind | undefined },
): Agency | null {
  const agency = getAgency(db, id);
  if (!agency) return null;
  db.prepare('UPDATE agencies SET name = ?, kind = ? WHERE id = ?').run(
    change.name ?? agency.name,
    change.kind ?? agency.kind,
    id,
  );
  return getAgency(db, id);
}

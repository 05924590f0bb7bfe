// Typed calls to the admin parts of the accounts API: users, agencies, members, audit.
import { z } from 'zod/mini';
import { api } from '../api/http.ts';
import { Agency, Me } from '../api/schemas.ts';

/** Roles that can be granted on a standard (platform admin is a user flag, not a role). */
export const GRANTABLE_ROLES = ['editor', 'reviewer', 'observer'] as const;
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];

export const AGENCY_KINDS = ['government', 'ngo', 'international', 'other'] as const;

export const AdminUser = z.extend(Me, { disabled: z.boolean(), createdAt: z.string() });
export type AdminUser = z.infer<typeof AdminUser>;
const UserList = z.object({ users: z.array(AdminUser) });
const CreatedUser = z.extend(AdminUser, { password: z.optional(z.string()) });

export const Member = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  agency: z.nullable(Agency),
  role: z.enum(GRANTABLE_ROLES),
  grantedAt: z.string(),
});
export type Member = z.infer<typeof Member>;
const MemberList = z.object({ members: z.array(Member) });

export const AuditEntry = z.object({
  id: z.number(),
  at: z.string(),
  action: z.string(),
  actorId: z.nullable(z.string()),
  actorEmail: z.nullable(z.string()),
  actorAgency: z.nullable(z.string()),
  ip: z.nullable(z.string()),
  standardId: z.nullable(z.string()),
  targetUserId: z.nullable(z.string()),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
const AuditList = z.object({ entries: z.array(AuditEntry) });

/** Use on admin pages: every user with their flags. */
export const listUsers = () => api('GET', '/users', UserList);

/** Use for "Create user"; without a password the server generates one and returns it once. */
export const createUser = (input: {
  email: string;
  name: string;
  agency?: string;
  isAdmin: boolean;
}) => api('POST', '/users', CreatedUser, input);

/** Use to disable or enable a user (or change name, agency, admin flag). */
export const patchUser = (
  id: string,
  change: { disabled?: boolean; isAdmin?: boolean; name?: string; agency?: string | null },
) => api('PATCH', `/users/${encodeURIComponent(id)}`, AdminUser, change);

/** Use (admins) when a user forgot their password: a new random one, returned once. */
export const resetPassword = (id: string) =>
  api('POST', `/users/${encodeURIComponent(id)}/password`, z.object({ password: z.string() }));

/** Use to rename an agency (its code stays). */
export const patchAgency = (id: string, change: { name?: string; kind?: string }) =>
  api('PATCH', `/agencies/${encodeURIComponent(id)}`, Agency, change);

/** Use for "Create agency". */
export const createAgency = (input: { code: string; name: string; kind: string }) =>
  api('POST', '/agencies', Agency, input);

const members = (slug: string) => `/standards/${encodeURIComponent(slug)}/members`;

/** Use on the Members page: the standard's working group. */
export const listMembers = (slug: string) => api('GET', members(slug), MemberList);

/** Use to grant a role or change it (the same call). */
export const grantRole = (slug: string, userId: string, role: GrantableRole) =>
  api('PUT', `${members(slug)}/${encodeURIComponent(userId)}`, Member, { role });

/** Use to revoke a user's role on the standard. */
export const revokeRole = (slug: string, userId: string) =>
  api('DELETE', `${members(slug)}/${encodeURIComponent(userId)}`, null);

export interface AuditFilters {
  action?: string;
  actor?: string;
  standard?: string;
  from?: string;
  to?: string;
  before?: number;
  limit?: number;
}

/** Use to build the audit query string (also for the CSV link); empty filters are left out. */
export function auditQuery(filters: AuditFilters, format: 'json' | 'csv' = 'json'): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters))
    if (value !== undefined && value !== '') query.set(key, String(value));
  if (format === 'csv') query.set('format', 'csv');
  return query.toString();
}

/** Use on the Audit page: entries newest first. */
export const listAudit = (filters: AuditFilters) =>
  api('GET', `/audit?${auditQuery(filters)}`, AuditList);

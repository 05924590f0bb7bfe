/** Accounts: people, agencies, standards, roles and the audit log (SQLite, migration 002). */
export {
  AGENCY_KINDS,
  AgencySchema,
  createAgency,
  findAgencyByCode,
  getAgency,
  listAgencies,
  type Agency,
  type AgencyKind,
} from './agencies.ts';
export { audit, listAudit, type AuditAction, type AuditEntry, type AuditRecord } from './audit.ts';
export { auditToCsv } from './audit-csv.ts';
export { ensureFirstAdmin, type FirstAdminResult } from './first-admin.ts';
export { boundedText, LIMITS, tooLong } from './limits.ts';
export { grantRole, listMembers, revokeRole, roleOf, type Member } from './members.ts';
export {
  createStandard,
  findStandardBySlug,
  getStandard,
  listAllStandards,
  listStandardsOfMember,
  type Standard,
} from './standards.ts';
export {
  createUser,
  findUserByEmail,
  getUser,
  listUsers,
  setAdmin,
  setDisabled,
  setPassword,
  updateProfile,
  userSummary,
  type User,
  type UserSummary,
} from './users.ts';

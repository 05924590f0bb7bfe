import { z } from 'zod';
import { AGENCY_KINDS, AgencySchema, agencyCode } from '../../accounts/agencies.ts';
import { boundedText, LIMITS, tooLong } from '../../accounts/limits.ts';
import { languageTag, newStandardSlug, standardSlug } from '../../accounts/standards.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../auth/password.ts';
import { ROLES } from '../../auth/permissions.ts';
import { DraftStatusOut } from './draft-status.ts';

/** Wire schemas shared by the API routes and the OpenAPI document. */
// Deliberately loose (local@domain): intranet addresses such as admin@localhost are valid here.
export const Email = z
  .string()
  .trim()
  .max(LIMITS.email, tooLong(LIMITS.email))
  .regex(/^[^\s@]+@[^\s@]+$/, 'an email address');
export const NewPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH);
export const PersonName = boundedText(LIMITS.personName);
export const Id = z.uuid();
export const Role = z.enum(ROLES);

export const Me = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  agency: AgencySchema.nullable(),
  isAdmin: z.boolean(),
  color: z.string(),
});

export const AdminUser = Me.extend({ disabled: z.boolean(), createdAt: z.string() });

export const StandardOut = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  language: z.string(),
  role: z.enum([...ROLES, 'admin']),
  document: z.string().describe('Collaboration document name of the draft, for /collab'),
  status: DraftStatusOut,
});

export const NewStandard = z.strictObject({
  slug: newStandardSlug,
  title: boundedText(LIMITS.standardTitle),
  language: languageTag.default('en'),
});

export const NewAgency = z.strictObject({
  code: agencyCode,
  name: boundedText(LIMITS.agencyName),
  kind: z.enum(AGENCY_KINDS),
});

export const AgencyChange = z.strictObject({
  name: boundedText(LIMITS.agencyName).optional(),
  kind: z.enum(AGENCY_KINDS).optional(),
});

export const SlugParams = z.object({ slug: standardSlug });

export const ProblemOut = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

/** The standard problem responses of a route that needs a signed-in caller. */
export const authProblems = {
  400: { description: 'Invalid input', schema: ProblemOut },
  401: { description: 'Not signed in', schema: ProblemOut },
  403: { description: 'Not allowed (or cross-origin)', schema: ProblemOut },
};

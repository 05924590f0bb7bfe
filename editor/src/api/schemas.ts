// Shapes of the API answers the editor reads (server/http/routes/schemas.ts is the source).
import { z } from 'zod/mini';

export const Agency = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
});
export type Agency = z.infer<typeof Agency>;

export const Me = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  agency: z.nullable(Agency),
  isAdmin: z.boolean(),
  color: z.string(),
});
export type Me = z.infer<typeof Me>;

export const ROLES = ['editor', 'reviewer', 'observer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const StandardSummary = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  language: z.string(),
  role: z.enum(ROLES),
  document: z.string(),
  /** Where the draft stands (server/http/routes/draft-status.ts). */
  status: z.object({
    phase: z.enum(['drafting', 'in-review', 'candidate', 'approved']),
    round: z.nullable(z.object({ name: z.string(), closesAt: z.string() })),
    pending: z.nullable(z.string()),
    /** The version in force today. */
    published: z.nullable(z.string()),
    /** A published version still waiting for its effective date. */
    upcoming: z.optional(z.nullable(z.object({ version: z.string(), effectiveDate: z.string() }))),
  }),
});
export type StandardSummary = z.infer<typeof StandardSummary>;

export const StandardList = z.union([
  z.array(StandardSummary),
  z.object({ standards: z.array(StandardSummary) }),
]);

export const ApiToken = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.optional(z.string()),
  lastUsedAt: z.optional(z.nullable(z.string())),
});
export type ApiToken = z.infer<typeof ApiToken>;

export const TokenList = z.object({ tokens: z.array(ApiToken) });
export const CreatedToken = z.object({ id: z.string(), name: z.string(), token: z.string() });

export const SocketToken = z.object({ token: z.string(), expiresAt: z.string() });

export const AgencyList = z.union([z.array(Agency), z.object({ agencies: z.array(Agency) })]);

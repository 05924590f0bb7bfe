import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { draftDocumentName } from '../auth/document-name.ts';
import type { Db } from '../db/open.ts';
import { LIMITS, tooLong } from './limits.ts';

/** Standards: the unit of access. Each has a slug (its URL name), a title and a language. */
export const standardSlug = z
  .string()
  .min(2, 'at least 2 characters')
  .max(LIMITS.standardSlug, tooLong(LIMITS.standardSlug))
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens');

/**
 * Top-level paths of the server and the published site: a standard with one of these slugs
 * could be created and published, but readers would reach Accord's own page instead.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  'api',
  'collab',
  'edit',
  'healthz',
  'search',
  'pagefind',
  'assets',
  '404',
]);

/** Use where a standard is created: a well-formed slug that is not one of Accord's own paths. */
export const newStandardSlug = standardSlug.refine((slug) => !RESERVED_SLUGS.has(slug), {
  message: `reserved for Accord's own pages (${[...RESERVED_SLUGS].join(', ')})`,
});

// BCP 47 in the shape we accept: language, optional script, optional region (en, be, ru-BY, sr-Latn-RS).
export const languageTag = z
  .string()
  .max(LIMITS.languageTag, tooLong(LIMITS.languageTag))
  .regex(
    /^[a-zA-Z]{2,3}(?:-[a-zA-Z]{4})?(?:-(?:[a-zA-Z]{2}|\d{3}))?$/,
    'a BCP 47 language tag such as en or ru-BY',
  );

export interface Standard {
  id: string;
  slug: string;
  title: string;
  language: string;
  /** The collaboration document of the draft, for the socket. */
  document: string;
  createdAt: string;
}

interface StandardRow {
  id: string;
  slug: string;
  title: string;
  language: string;
  created_at: number;
}

const toStandard = (r: StandardRow): Standard => ({
  id: r.id,
  slug: r.slug,
  title: r.title,
  language: r.language,
  document: draftDocumentName(r.id),
  createdAt: new Date(r.created_at).toISOString(),
});

/** The standard with a slug, or null. */
export function findStandardBySlug(db: Db, slug: string): Standard | null {
  const row = db.prepare('SELECT * FROM standards WHERE slug = ?').get(slug) as
    StandardRow | undefined;
  return row ? toStandard(row) : null;
}

/** The standard with an id, or null. */
export function getStandard(db: Db, id: string): Standard | null {
  const row = db.prepare('SELECT * FROM standards WHERE id = ?').get(id) as StandardRow | undefined;
  return row ? toStandard(row) : null;
}

/** Every standard, by slug; only platform admins see them all. */
export function listAllStandards(db: Db): Standard[] {
  return (db.prepare('SELECT * FROM standards ORDER BY slug').all() as StandardRow[]).map(
    toStandard,
  );
}

/** Standards on which a user holds a role, with that role, by slug. */
export function listStandardsOfMember(
  db: Db,
  userId: string,
): (Standard & { role: 'editor' | 'reviewer' | 'observer' })[] {
  const rows = db
    .prepare(
      `SELECT s.*, m.role FROM standards s JOIN memberships m ON m.standard_id = s.id
       WHERE m.user_id = ? ORDER BY s.slug`,
    )
    .all(userId) as (StandardRow & { role: 'editor' | 'reviewer' | 'observer' })[];
  return rows.map((r) => ({ ...toStandard(r), role: r.role }));
}

export type CreateStandardResult =
  { ok: true; standard: Standard } | { ok: false; error: 'slug-taken' };

/** Create a standard; the slug must be unused. Used by the API and the demo seeder. */
export function createStandard(
  db: Db,
  input: { slug: string; title: string; language: string; createdBy: string | null },
): CreateStandardResult {
  if (findStandardBySlug(db, input.slug)) return { ok: false, error: 'slug-taken' };
  const id = randomUUID();
  db.prepare(
    'INSERT INTO standards (id, slug, title, language, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, input.slug, input.title, input.language, Date.now(), input.createdBy);
  const standard = getStandard(db, id);
  if (!standard) throw new Error('standard vanished after insert');
  return { ok: true, standard };
}

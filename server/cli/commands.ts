import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { AGENCY_KINDS, agencyCode, createAgency, findAgencyByCode } from '../accounts/agencies.ts';
import { audit } from '../accounts/audit.ts';
import { boundedText, LIMITS } from '../accounts/limits.ts';
import { grantRole, revokeRole } from '../accounts/members.ts';
import {
  createStandard,
  findStandardBySlug,
  languageTag,
  newStandardSlug,
  type Standard,
} from '../accounts/standards.ts';
import {
  createUser,
  findUserByEmail,
  listUsers,
  setDisabled,
  setPassword,
  type User,
} from '../accounts/users.ts';
import { createApiToken } from '../auth/api-tokens.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, randomPassword } from '../auth/password.ts';
import { ROLES } from '../auth/permissions.ts';
import type { Db } from '../db/open.ts';
import { createDocumentStore, seedInitialDraft } from '../store/index.ts';
import { CliError, usage } from './cli-error.ts';

/** Parsed arguments of one command: positionals after the command words, and options. */
export interface CommandInput {
  args: string[];
  options: Record<string, string | boolean | undefined>;
  print(line: string): void;
}

const CLI = { actorId: null, detail: { via: 'cli' } } as const;

const email = z
  .string()
  .trim()
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+$/, 'not an email address');
const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `passwords need at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH);
const name = boundedText(LIMITS.personName);

function check<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) usage(`${what}: ${result.error.issues[0]?.message ?? 'invalid'}`);
  return result.data;
}

function arg(input: CommandInput, index: number, what: string): string {
  const value = input.args[index];
  if (value === undefined) usage(`missing ${what}`);
  return value;
}

function userByEmail(db: Db, address: string): User {
  const user = findUserByEmail(db, address);
  if (!user) throw new CliError(`no user with email ${address}`);
  return user;
}

function standardBySlug(db: Db, slug: string): Standard {
  const standard = findStandardBySlug(db, slug);
  if (!standard) throw new CliError(`no standard with slug ${slug}`);
  return standard;
}

function optionString(input: CommandInput, key: string): string | undefined {
  const value = input.options[key];
  return typeof value === 'string' ? value : undefined;
}

/** `user add <email> --name <name> [--agency <code>] [--admin] [--password <pw>]` */
export async function userAdd(db: Db, input: CommandInput): Promise<void> {
  const address = check(email, arg(input, 0, 'email'), 'email');
  const fullName = check(name, optionString(input, 'name'), '--name');
  const code = optionString(input, 'agency');
  const agency = code === undefined ? null : findAgencyByCode(db, code);
  if (code !== undefined && !agency) throw new CliError(`no agency with code ${code}`);
  const given = optionString(input, 'password');
  const pw = given === undefined ? randomPassword() : check(password, given, '--password');
  const created = await createUser(db, {
    email: address,
    name: fullName,
    agencyId: agency?.id ?? null,
    isAdmin: input.options.admin === true,
    password: pw,
  });
  if (!created.ok) throw new CliError(`a user with email ${address} exists already`);
  audit(db, {
    ...CLI,
    action: 'user.create',
    targetUserId: created.user.id,
    detail: { via: 'cli', email: address, isAdmin: created.user.isAdmin },
  });
  input.print(`created ${created.user.email}${created.user.isAdmin ? ' (admin)' : ''}`);
  if (given === undefined) input.print(`password: ${pw}`);
}

/** `user list` */
export function userList(db: Db, input: CommandInput): void {
  for (const u of listUsers(db)) {
    const flags = [u.isAdmin ? 'admin' : '', u.disabled ? 'disabled' : '']
      .filter(Boolean)
      .join(',');
    input.print([u.email, u.name, u.agency?.code ?? '-', flags || '-'].join('\t'));
  }
}

/** `user disable <email>` / `user enable <email>` */
export function userDisable(db: Db, input: CommandInput, disabled: boolean): void {
  const user = userByEmail(db, arg(input, 0, 'email'));
  setDisabled(db, user.id, disabled);
  audit(db, { ...CLI, action: disabled ? 'user.disable' : 'user.enable', targetUserId: user.id });
  input.print(`${disabled ? 'disabled' : 'enabled'} ${user.email}`);
}

/** `user passwd <email> [--password <pw>]`: ends all of the user's sessions. */
export async function userPasswd(db: Db, input: CommandInput): Promise<void> {
  const user = userByEmail(db, arg(input, 0, 'email'));
  const given = optionString(input, 'password');
  const pw = given === undefined ? randomPassword() : check(password, given, '--password');
  await setPassword(db, user.id, pw);
  audit(db, { ...CLI, action: 'password.change', targetUserId: user.id });
  input.print(`password changed for ${user.email}`);
  if (given === undefined) input.print(`password: ${pw}`);
}

/** `agency add <code> --name <name> [--kind government|ngo|international|other]` */
export function agencyAdd(db: Db, input: CommandInput): void {
  const code = check(agencyCode, arg(input, 0, 'agency code'), 'agency code');
  const agencyName = check(name, optionString(input, 'name'), '--name');
  const kind = check(z.enum(AGENCY_KINDS), optionString(input, 'kind') ?? 'other', '--kind');
  const created = createAgency(db, { code, name: agencyName, kind });
  if (!created.ok) throw new CliError(`an agency with code ${code} exists already`);
  audit(db, {
    ...CLI,
    action: 'agency.create',
    detail: { via: 'cli', agencyId: created.agency.id, code },
  });
  input.print(`created agency ${code}`);
}

/** `standard add <slug> --title <title> [--language <bcp47>]` */
export function standardAdd(db: Db, input: CommandInput): void {
  const slug = check(newStandardSlug, arg(input, 0, 'standard slug'), 'slug');
  const title = check(boundedText(LIMITS.standardTitle), optionString(input, 'title'), '--title');
  const language = check(languageTag, optionString(input, 'language') ?? 'en', '--language');
  const created = createStandard(db, { slug, title, language, createdBy: null });
  if (!created.ok) throw new CliError(`a standard with slug ${slug} exists already`);
  // Same as the API: the draft gets its first block here, so no editor ever seeds it.
  const store = createDocumentStore(db, { checkpointUpdates: 500, checkpointBytes: 1 << 20 });
  seedInitialDraft(store, created.standard.document, null);
  audit(db, {
    ...CLI,
    action: 'standard.create',
    standardId: created.standard.id,
    detail: { via: 'cli', slug },
  });
  input.print(`created standard ${slug} (document ${created.standard.document})`);
}

/** `grant <email> <standard-slug> <role>` */
export function grant(db: Db, input: CommandInput): void {
  // Usage mistakes first, then lookups.
  const role = check(z.enum(ROLES), arg(input, 2, 'role'), 'role (editor, reviewer or observer)');
  const user = userByEmail(db, arg(input, 0, 'email'));
  const standard = standardBySlug(db, arg(input, 1, 'standard slug'));
  const previous = grantRole(db, {
    standardId: standard.id,
    userId: user.id,
    role,
    grantedBy: null,
  });
  audit(db, {
    ...CLI,
    action: 'member.grant',
    standardId: standard.id,
    targetUserId: user.id,
    detail: { via: 'cli', role, previous },
  });
  input.print(`${user.email} is ${role} on ${standard.slug}`);
}

/** `revoke <email> <standard-slug>` */
export function revoke(db: Db, input: CommandInput): void {
  const user = userByEmail(db, arg(input, 0, 'email'));
  const standard = standardBySlug(db, arg(input, 1, 'standard slug'));
  if (!revokeRole(db, standard.id, user.id))
    throw new CliError(`${user.email} has no role on ${standard.slug}`);
  audit(db, { ...CLI, action: 'member.revoke', standardId: standard.id, targetUserId: user.id });
  input.print(`revoked ${user.email} on ${standard.slug}`);
}

/** `token create <email> [--name <name>]`: prints the token (shown once). */
export function tokenCreate(db: Db, input: CommandInput): void {
  const user = userByEmail(db, arg(input, 0, 'email'));
  if (user.disabled) throw new CliError(`${user.email} is disabled`);
  const tokenName = check(name, optionString(input, 'name') ?? 'cli', '--name');
  const created = createApiToken(db, user.id, tokenName);
  audit(db, {
    ...CLI,
    action: 'token.create',
    targetUserId: user.id,
    detail: { via: 'cli', tokenId: created.token.id },
  });
  input.print(created.secret);
}

/** `backup <file>`: an online, consistent copy of the database (the server may keep running). */
export async function backup(db: Db, input: CommandInput): Promise<void> {
  const file = resolve(arg(input, 0, 'backup file'));
  if (existsSync(file)) throw new CliError(`${file} exists already; choose a new file`);
  await db.backup(file);
  input.print(`backed up to ${file}`);
}

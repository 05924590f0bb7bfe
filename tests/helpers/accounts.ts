import { createAgency } from '../../server/accounts/agencies.ts';
import { grantRole } from '../../server/accounts/members.ts';
import { createStandard, type Standard } from '../../server/accounts/standards.ts';
import { createUser, setDisabled, type User } from '../../server/accounts/users.ts';
import { createApiToken } from '../../server/auth/api-tokens.ts';
import type { Role } from '../../server/auth/permissions.ts';
import type { Db } from '../../server/db/open.ts';

export const PASSWORD = 'correct horse battery staple';
export const ADMIN_EMAIL = 'admin@localhost';
export const ADMIN_PASSWORD = 'test-admin-password';

export interface Person {
  user: User;
  email: string;
  /** A live personal API token. */
  token: string;
}

export interface World {
  standard: Standard;
  other: Standard;
  editor: Person;
  reviewer: Person;
  observer: Person;
  stranger: Person;
  disabled: Person;
}

async function person(
  db: Db,
  email: string,
  name: string,
  agencyId: string | null,
): Promise<Person> {
  const created = await createUser(db, {
    email,
    name,
    agencyId,
    isAdmin: false,
    password: PASSWORD,
  });
  if (!created.ok) throw new Error(`could not create ${email}`);
  return { user: created.user, email, token: createApiToken(db, created.user.id, 'test').secret };
}

/**
 * A working group through the same account functions the API and CLI use: one standard
 * with an editor, a reviewer and an observer, a stranger with no role on it (but a role on
 * another standard), and a disabled editor.
 */
export async function seedWorld(db: Db): Promise<World> {
  const agency = createAgency(db, {
    code: 'MSP',
    name: 'Ministry of Social Protection',
    kind: 'government',
  });
  if (!agency.ok) throw new Error('agency');
  const make = (slug: string) => {
    const s = createStandard(db, {
      slug,
      title: `Standard ${slug}`,
      language: 'en',
      createdBy: null,
    });
    if (!s.ok) throw new Error('standard');
    return s.standard;
  };
  const standard = make('child-identification');
  const other = make('referral-pathways');
  const [editor, reviewer, observer, stranger, disabled] = await Promise.all([
    person(db, 'editor@example.org', 'Eda Editor', agency.agency.id),
    person(db, 'reviewer@example.org', 'Rev Reviewer', null),
    person(db, 'observer@example.org', 'Obi Observer', null),
    person(db, 'stranger@example.org', 'Stan Stranger', null),
    person(db, 'disabled@example.org', 'Dis Abled', null),
  ]);
  const grant = (p: Person, role: Role, s: Standard = standard) =>
    grantRole(db, { standardId: s.id, userId: p.user.id, role, grantedBy: null });
  grant(editor, 'editor');
  grant(reviewer, 'reviewer');
  grant(observer, 'observer');
  grant(disabled, 'editor');
  grant(stranger, 'editor', other);
  setDisabled(db, disabled.user.id, true);
  return { standard, other, editor, reviewer, observer, stranger, disabled };
}

export interface CallOptions {
  method?: string;
  body?: unknown;
  /** Raw body text (sent as JSON content type). */
  raw?: string;
  cookie?: string;
  token?: string;
  /** Origin header; defaults to the server's own origin for cookie requests. */
  origin?: string | null;
}

/** Call the API like a browser (cookie + Origin) or a script (Bearer). */
export async function call(
  base: string,
  path: string,
  options: CallOptions = {},
): Promise<Response> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined || options.raw !== undefined)
    headers['content-type'] = 'application/json';
  if (options.cookie) headers.cookie = options.cookie;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const origin = options.origin === undefined ? new URL(base).origin : options.origin;
  if (origin !== null) headers.origin = origin;
  return fetch(base + path, {
    method: options.method ?? 'GET',
    headers,
    body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
}

/** Sign in and return the session cookie (name=value) to send back. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const res = await call(base, '/api/session', { method: 'POST', body: { email, password } });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  const cookie = res.headers.get('set-cookie') ?? '';
  return cookie.split(';')[0] ?? '';
}

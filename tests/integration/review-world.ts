// A working group for review tests: agencies, people with each role, a standard whose draft
// has a clause 4.2, and a way to call the API as each of them. Content is illustrative.
import { createAgency } from '../../server/accounts/agencies.ts';
import { grantRole } from '../../server/accounts/members.ts';
import { createStandard, type Standard } from '../../server/accounts/standards.ts';
import { createUser } from '../../server/accounts/users.ts';
import { createApiToken } from '../../server/auth/api-tokens.ts';
import type { Role } from '../../server/auth/permissions.ts';
import { seedDocumentIfEmpty } from '../../server/store/index.ts';
import { clause, doc, provision } from '../../model/builders.ts';
import { modelToYUpdate, type ModelDoc } from '../../model/index.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

/** The draft: clauses 1–4, with 4.2 "Talking with the child" and its provisions 4.2.1, 4.2.2. */
export function reviewDraft(): ModelDoc {
  return doc(
    clause('c-scope', 1, 'Scope'),
    provision(
      'p-scope',
      'statement',
      'This illustrative standard applies to practitioners in every agency.',
    ),
    clause('c-refs', 1, 'Normative references'),
    clause('c-terms', 1, 'Terms and definitions'),
    clause('c-ident', 1, 'Identification'),
    clause('c-signs', 2, 'Recognising signs'),
    provision(
      'p-signs',
      'requirement',
      'The practitioner shall note signs that a child may need protection.',
    ),
    clause('c-talk', 2, 'Talking with the child'),
    provision(
      'p-listen',
      'requirement',
      'The practitioner shall listen calmly and without judgement.',
    ),
    provision('p-pace', 'recommendation', 'The practitioner should let the child set the pace.'),
    provision('p-note', 'note', 'Illustrative note on interpreters.'),
  );
}

export type Persona = 'editor' | 'reviewer' | 'reviewer2' | 'observer' | 'stranger' | 'admin';

export interface ReviewWorld {
  server: TestServer;
  standard: Standard;
  tokens: Record<Persona, string>;
  userIds: Record<Persona, string>;
  agencies: { moh: string; moi: string };
  /** Call /api/standards/<slug><path> as someone; returns status, body and content type. */
  api(
    who: Persona,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: Record<string, unknown>; contentType: string }>;
  dispose(): Promise<void>;
}

/** Use in beforeAll: a real server on a fresh data folder, seeded with the review draft. */
export async function createReviewWorld(
  content: ModelDoc = reviewDraft(),
  env: Record<string, string> = {},
): Promise<ReviewWorld> {
  const server = await startTestServer(env);
  const db = server.db;
  const agency = (code: string, name: string) => {
    const made = createAgency(db, { code, name, kind: 'government' });
    if (!made.ok) throw new Error(made.error);
    return made.agency.id;
  };
  const moh = agency('MOH', 'Ministry of Health (illustrative)');
  const moi = agency('MOI', 'Ministry of Interior (illustrative)');
  const created = createStandard(db, {
    slug: 'identification',
    title: 'Identification of children who may need protection',
    language: 'en',
    createdBy: null,
  });
  if (!created.ok) throw new Error(created.error);
  const standard = created.standard;
  seedDocumentIfEmpty(server.store, standard.document, modelToYUpdate(content));

  const people: [Persona, string | null, Role | null, boolean][] = [
    ['editor', moh, 'editor', false],
    ['reviewer', moi, 'reviewer', false],
    ['reviewer2', moh, 'reviewer', false],
    ['observer', null, 'observer', false],
    ['stranger', moi, null, false],
    ['admin', null, null, true],
  ];
  const tokens = {} as Record<Persona, string>;
  const userIds = {} as Record<Persona, string>;
  for (const [who, agencyId, role, isAdmin] of people) {
    const user = await createUser(db, {
      email: `${who}@example.test`,
      name: `${who[0]?.toUpperCase() ?? ''}${who.slice(1)} Person`,
      agencyId,
      isAdmin,
      password: 'correct horse battery staple',
    });
    if (!user.ok) throw new Error(user.error);
    userIds[who] = user.user.id;
    tokens[who] = createApiToken(db, user.user.id, 'test').secret;
    if (role)
      grantRole(db, { standardId: standard.id, userId: user.user.id, role, grantedBy: null });
  }

  return {
    server,
    standard,
    tokens,
    userIds,
    agencies: { moh, moi },
    async api(who, method, path, body) {
      const res = await fetch(`${server.url}/api/standards/${standard.slug}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${tokens[who]}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const contentType = res.headers.get('content-type') ?? '';
      const text = await res.text();
      const parsed =
        contentType.includes('json') && text
          ? (JSON.parse(text) as Record<string, unknown>)
          : { text };
      return { status: res.status, body: parsed, contentType };
    },
    dispose: () => server.dispose(),
  };
}

/** A date a week from now, as the round API takes it. */
export function nextWeek(): string {
  return new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
}

/** Use in beforeAll: the editor opens a round that closes next week; returns its id. */
export async function openRound(w: ReviewWorld, name = 'Round 1'): Promise<string> {
  const opened = await w.api('editor', 'POST', '/rounds', { name, closesAt: nextWeek() });
  if (opened.status !== 201) throw new Error(`round not opened: ${opened.status}`);
  return (opened.body.round as { id: string }).id;
}

/** Use to check that a refused request wrote nothing: the rows of one table. */
export function countRows(w: ReviewWorld, table: string): number {
  return (w.server.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

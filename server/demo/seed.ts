/**
 * First-run demo: a working group (agencies and a user per role), the demo standard with
 * version 1.0 published, a 1.1 draft with amendments, an open consultation round and
 * comments from several agencies, some disposed. Runs once, on a database without
 * standards, unless ACCORD_DEMO=0.
 */
import { createAgency, type Agency } from '../accounts/agencies.ts';
import { grantRole } from '../accounts/members.ts';
import { createStandard, listAllStandards, type Standard } from '../accounts/standards.ts';
import { createUser, findUserByEmail, updateProfile, type User } from '../accounts/users.ts';
import type { Caller } from '../auth/caller.ts';
import type { EffectiveRole, Role } from '../auth/permissions.ts';
import { modelToYUpdate } from '../../model/index.ts';
import { publishModelRelease, replaceDraftContent, type ReleaseDeps } from '../releases/index.ts';
import type { ReviewDeps } from '../review/deps.ts';
import { openRound } from '../review/rounds-service.ts';
import { createThread, disposeThread, type Actor } from '../review/threads-service.ts';
import { seedDocumentIfEmpty } from '../store/index.ts';
import { demoAgencies, demoComments, demoRelease, demoUsers } from './cast.ts';
import { demoStandardDraft } from './standard-draft.ts';
import { demoSlug, demoStandardV1, demoTitle } from './standard-v1.ts';

export interface DemoDeps {
  releases: ReleaseDeps;
  review: ReviewDeps;
}

export type DemoSeedResult =
  | { seeded: false; reason: 'not-empty' }
  | { seeded: true; standard: Standard; users: { email: string; role: Role }[] };

const SEEDER_IP = '127.0.0.1';

/**
 * Seed the demo once, at first start; does nothing when any standard exists. `admin` is the
 * first admin (who chairs the demo group); `password` becomes every demo user's password.
 */
export async function seedDemo(
  deps: DemoDeps,
  admin: User,
  password: string,
): Promise<DemoSeedResult> {
  const { db } = deps.releases;
  if (listAllStandards(db).length > 0) return { seeded: false, reason: 'not-empty' };

  const agencies = new Map<string, Agency>();
  for (const input of demoAgencies) {
    const created = createAgency(db, input);
    if (created.ok) agencies.set(input.code, created.agency);
  }

  const users = new Map<string, { user: User; role: Role }>();
  for (const input of demoUsers) {
    const existing = findUserByEmail(db, input.email);
    const user =
      existing ??
      (await createUser(db, {
        email: input.email,
        name: input.name,
        agencyId: agencies.get(input.agency)?.id ?? null,
        isAdmin: false,
        password,
      }).then((result) => (result.ok ? result.user : null)));
    if (user) users.set(input.key, { user, role: input.role });
  }
  const chair = agencies.get('MSP');
  if (chair && !admin.agency) updateProfile(db, admin.id, { agencyId: chair.id });

  const created = createStandard(db, {
    slug: demoSlug,
    title: demoTitle,
    language: 'en',
    createdBy: admin.id,
  });
  if (!created.ok) return { seeded: false, reason: 'not-empty' };
  const standard = created.standard;
  for (const { user, role } of users.values()) {
    grantRole(db, { standardId: standard.id, userId: user.id, role, grantedBy: admin.id });
  }

  // Version 1.0: the same bytes as the release files shipped in standards/.
  const published = publishModelRelease(deps.releases, standard, {
    ...demoRelease,
    model: demoStandardV1(),
    actorId: null,
  });
  if (!published.ok) throw new Error(`demo seed: publishing 1.0 failed: ${published.detail}`);

  // The draft starts as 1.0; an editor's amendments towards 1.1 follow in the log.
  const editor = users.get('editor1');
  seedDocumentIfEmpty(
    deps.releases.store,
    standard.document,
    modelToYUpdate(demoStandardV1()),
    null,
  );
  replaceDraftContent(
    deps.releases.store,
    standard.document,
    demoStandardDraft(),
    editor?.user.id ?? null,
  );

  if (editor) seedReview(deps.review, standard, users, actorFor(editor.user, 'editor', standard));

  return {
    seeded: true,
    standard,
    users: [...users.values()].map(({ user, role }) => ({ email: user.email, role })),
  };
}

function actorFor(user: User, role: EffectiveRole, standard: Standard): Actor {
  const caller: Caller = { user, via: 'session', sessionId: null, tokenId: null };
  return { caller, role, standard };
}

function seedReview(
  deps: ReviewDeps,
  standard: Standard,
  users: Map<string, { user: User; role: Role }>,
  editor: Actor,
): void {
  const closes = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const round = openRound(
    deps,
    editor,
    { name: 'Public consultation on draft 1.1', closesAt: closes },
    SEEDER_IP,
  );
  if (!round.ok) throw new Error(`demo seed: opening the round failed: ${round.detail}`);

  for (const comment of demoComments) {
    const author = users.get(comment.author);
    if (!author) continue;
    const thread = createThread(deps, actorFor(author.user, author.role, standard), {
      roundId: round.round.id,
      targetId: comment.targetId,
      type: comment.type,
      body: comment.body,
      proposedChange: comment.proposedChange ?? null,
    });
    if (!thread.ok)
      throw new Error(`demo seed: comment on ${comment.targetId} failed: ${thread.detail}`);
    if (comment.disposition) {
      const disposed = disposeThread(
        deps,
        editor,
        thread.thread.id,
        comment.disposition.value,
        comment.disposition.observation,
        SEEDER_IP,
      );
      if (!disposed.ok) throw new Error(`demo seed: disposition failed: ${disposed.detail}`);
    }
  }
}

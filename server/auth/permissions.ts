/**
 * Who may do what on a standard: the single place for role → permission rules.
 * Pure; reviews, releases, the API and the socket all ask `can(role, action)`.
 */
export const ROLES = ['editor', 'reviewer', 'observer'] as const;
/** A role granted on one standard. */
export type Role = (typeof ROLES)[number];
/** The role a caller effectively has on a standard: a granted role, or platform admin. */
export type EffectiveRole = Role | 'admin';

export const ACTIONS = [
  'standard.read',
  'draft.read',
  'draft.edit',
  'comment.read',
  'comment.create',
  'comment.dispose',
  'round.manage',
  'release.read',
  'release.candidate',
  'release.approve',
  'release.publish',
  'members.read',
  'members.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

const READ: Action[] = [
  'standard.read',
  'draft.read',
  'comment.read',
  'release.read',
  'members.read',
];

const RULES: Record<EffectiveRole, ReadonlySet<Action>> = {
  observer: new Set(READ),
  reviewer: new Set<Action>([...READ, 'comment.create']),
  editor: new Set<Action>([
    ...READ,
    'comment.create',
    'draft.edit',
    'comment.dispose',
    'round.manage',
    'release.candidate',
  ]),
  admin: new Set(ACTIONS),
};

/** True when a role may perform an action; null (no role) may do nothing. */
export function can(role: EffectiveRole | null, action: Action): boolean {
  return role !== null && RULES[role].has(action);
}

/** Platform-wide actions, outside any one standard: only platform admins. */
export type PlatformAction = 'standard.create' | 'users.manage' | 'agencies.manage' | 'audit.read';

/** True when a caller may perform a platform-wide action. */
export function canOnPlatform(isAdmin: boolean, _action: PlatformAction): boolean {
  return isAdmin;
}

/** The role that counts on a standard: admins act as admin whatever they were granted. */
export function effectiveRole(isAdmin: boolean, granted: Role | null): EffectiveRole | null {
  return isAdmin ? 'admin' : granted;
}

/** Whether the collaboration socket should be read-only for this role. */
export function socketReadOnly(role: EffectiveRole): boolean {
  return !can(role, 'draft.edit');
}

/**
 * The release lifecycle as pure rules: version labels, their order, which status change
 * each action makes and who may make it. No I/O; the database and the routes ask these.
 *
 *   candidate → approved → published → superseded
 *   candidate | approved | published | superseded → withdrawn
 */
import type { Action } from '../auth/permissions.ts';

export const RELEASE_STATUSES = [
  'candidate',
  'approved',
  'published',
  'superseded',
  'withdrawn',
] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

/** Things one can do to an existing release. `supersede` is done by publishing a later one. */
export type ReleaseAction = 'approve' | 'publish' | 'withdraw' | 'supersede';

export interface Version {
  major: number;
  minor: number;
}

// No leading zeros, so each version has exactly one label ("1.10", never "1.010").
const VERSION_LABEL = /^(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,3})$/;

/** Parse a `major.minor` label such as "1.0" or "2.13"; null when it is not one. */
export function parseVersion(label: string): Version | null {
  const match = VERSION_LABEL.exec(label);
  if (!match) return null;
  const version = { major: Number(match[1]), minor: Number(match[2]) };
  // 0.0 is no version at all.
  return version.major === 0 && version.minor === 0 ? null : version;
}

/** Order two labels numerically (1.10 after 1.9); use to sort releases. Throws on a bad label. */
export function compareVersions(a: string, b: string): number {
  const va = parseVersion(a);
  const vb = parseVersion(b);
  if (!va || !vb) throw new Error(`not a version label: ${va ? b : a}`);
  return va.major - vb.major || va.minor - vb.minor;
}

export type NewVersionCheck = { ok: true; version: Version } | { ok: false; reason: string };

/** Whether `label` may name a new release: well formed and above every existing version. */
export function checkNewVersion(label: string, existing: readonly string[]): NewVersionCheck {
  const version = parseVersion(label);
  if (!version)
    return { ok: false, reason: 'The version must be major.minor, such as 1.0 or 2.1.' };
  const highest = [...existing].sort(compareVersions).at(-1);
  if (highest !== undefined && compareVersions(label, highest) <= 0) {
    return { ok: false, reason: `The version must be higher than ${highest}.` };
  }
  return { ok: true, version };
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

export type TransitionResult = { ok: true; status: ReleaseStatus } | { ok: false; reason: string };

const NEXT: Record<ReleaseAction, { from: readonly ReleaseStatus[]; to: ReleaseStatus }> = {
  approve: { from: ['candidate'], to: 'approved' },
  publish: { from: ['approved'], to: 'published' },
  supersede: { from: ['published'], to: 'superseded' },
  withdraw: { from: ['candidate', 'approved', 'published', 'superseded'], to: 'withdrawn' },
};

/** The status an action leads to from `status`, or why it cannot be done (an HTTP 409). */
export function transition(status: ReleaseStatus, action: ReleaseAction): TransitionResult {
  const rule = NEXT[action];
  if (rule.from.includes(status)) return { ok: true, status: rule.to };
  return {
    ok: false,
    reason: `A ${status} release cannot be ${PAST[action]}; only ${rule.from.join(' or ')} releases can.`,
  };
}

const PAST: Record<ReleaseAction, string> = {
  approve: 'approved',
  publish: 'published',
  supersede: 'superseded',
  withdraw: 'withdrawn',
};

/** The permission (server/auth/permissions.ts) each release operation needs. */
export const RELEASE_PERMISSION = {
  read: 'release.read',
  candidate: 'release.candidate',
  approve: 'release.approve',
  publish: 'release.publish',
  withdraw: 'release.publish',
  restoreDraft: 'draft.edit',
} as const satisfies Record<string, Action>;

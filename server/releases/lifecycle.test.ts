import { describe, expect, it } from 'vitest';
import { can, type EffectiveRole } from '../auth/permissions.ts';
import {
  RELEASE_PERMISSION,
  RELEASE_STATUSES,
  checkNewVersion,
  compareVersions,
  isIsoDate,
  parseVersion,
  transition,
  type ReleaseAction,
} from './lifecycle.ts';

describe('version labels', () => {
  it('accepts major.minor and nothing else', () => {
    expect(parseVersion('1.0')).toEqual({ major: 1, minor: 0 });
    expect(parseVersion('2.13')).toEqual({ major: 2, minor: 13 });
    expect(parseVersion('0.1')).toEqual({ major: 0, minor: 1 });
    for (const bad of [
      '1',
      '1.0.0',
      'v1.0',
      '01.0',
      '1.01',
      '1.',
      '.1',
      '0.0',
      '1.0 ',
      '',
      '1,0',
      '-1.0',
    ]) {
      expect(parseVersion(bad), bad).toBeNull();
    }
  });

  it('orders numerically, not as text', () => {
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('2.0', '1.99')).toBeGreaterThan(0);
    expect(compareVersions('1.1', '1.1')).toBe(0);
    expect(['1.10', '1.2', '2.0', '1.0'].sort(compareVersions)).toEqual([
      '1.0',
      '1.2',
      '1.10',
      '2.0',
    ]);
  });

  it('requires a new version above every existing one', () => {
    expect(checkNewVersion('1.0', [])).toEqual({ ok: true, version: { major: 1, minor: 0 } });
    expect(checkNewVersion('1.10', ['1.9', '1.0']).ok).toBe(true);
    expect(checkNewVersion('1.1', ['1.0', '1.1'])).toMatchObject({ ok: false });
    expect(checkNewVersion('1.0', ['1.1'])).toMatchObject({
      ok: false,
      reason: expect.stringContaining('1.1') as unknown,
    });
    expect(checkNewVersion('1.x', [])).toMatchObject({ ok: false });
  });
});

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2026-12-01')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    for (const bad of [
      '2027-02-29',
      '2026-13-01',
      '2026-1-01',
      '01-12-2026',
      '2026-12-01T00:00:00Z',
      '',
    ]) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });
});

describe('status transitions', () => {
  const table: Record<ReleaseAction, Record<string, string | null>> = {
    approve: {
      candidate: 'approved',
      approved: null,
      published: null,
      superseded: null,
      withdrawn: null,
    },
    publish: {
      candidate: null,
      approved: 'published',
      published: null,
      superseded: null,
      withdrawn: null,
    },
    supersede: {
      candidate: null,
      approved: null,
      published: 'superseded',
      superseded: null,
      withdrawn: null,
    },
    withdraw: {
      candidate: 'withdrawn',
      approved: 'withdrawn',
      published: 'withdrawn',
      superseded: 'withdrawn',
      withdrawn: null,
    },
  };
  for (const [action, row] of Object.entries(table) as [
    ReleaseAction,
    Record<string, string | null>,
  ][]) {
    for (const status of RELEASE_STATUSES) {
      it(`${action} from ${status}`, () => {
        const result = transition(status, action);
        const expected = row[status] ?? null;
        if (expected === null) expect(result.ok).toBe(false);
        else expect(result).toEqual({ ok: true, status: expected });
      });
    }
  }
});

describe('who may do what', () => {
  const roles: (EffectiveRole | null)[] = ['admin', 'editor', 'reviewer', 'observer', null];
  const allowed = (op: keyof typeof RELEASE_PERMISSION) =>
    roles.filter((role) => can(role, RELEASE_PERMISSION[op]));

  it('lets editors create candidates, admins approve and publish, members read', () => {
    expect(allowed('candidate')).toEqual(['admin', 'editor']);
    expect(allowed('approve')).toEqual(['admin']);
    expect(allowed('publish')).toEqual(['admin']);
    expect(allowed('withdraw')).toEqual(['admin']);
    expect(allowed('read')).toEqual(['admin', 'editor', 'reviewer', 'observer']);
    expect(allowed('restoreDraft')).toEqual(['admin', 'editor']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  can,
  canOnPlatform,
  effectiveRole,
  socketReadOnly,
  type Action,
  type EffectiveRole,
} from './permissions.ts';

// The whole role × action matrix, written out so a change to the rules shows up here.
const EXPECTED: Record<EffectiveRole, Action[]> = {
  observer: ['standard.read', 'draft.read', 'comment.read', 'release.read', 'members.read'],
  reviewer: [
    'standard.read',
    'draft.read',
    'comment.read',
    'release.read',
    'members.read',
    'comment.create',
  ],
  editor: [
    'standard.read',
    'draft.read',
    'comment.read',
    'release.read',
    'members.read',
    'comment.create',
    'draft.edit',
    'comment.dispose',
    'round.manage',
    'release.candidate',
  ],
  admin: [...ACTIONS],
};

describe('can(role, action)', () => {
  for (const [role, allowed] of Object.entries(EXPECTED) as [EffectiveRole, Action[]][]) {
    for (const action of ACTIONS) {
      const expected = allowed.includes(action);
      it(`${role} ${expected ? 'may' : 'may not'} ${action}`, () => {
        expect(can(role, action)).toBe(expected);
      });
    }
  }

  it('gives no role nothing', () => {
    for (const action of ACTIONS) expect(can(null, action)).toBe(false);
  });

  it('keeps approving and publishing releases and managing members to admins', () => {
    for (const role of ['editor', 'reviewer', 'observer'] as const) {
      expect(can(role, 'release.approve')).toBe(false);
      expect(can(role, 'release.publish')).toBe(false);
      expect(can(role, 'members.manage')).toBe(false);
    }
  });
});

describe('effectiveRole and the socket', () => {
  it('makes admins admin whatever they were granted', () => {
    expect(effectiveRole(true, null)).toBe('admin');
    expect(effectiveRole(true, 'observer')).toBe('admin');
    expect(effectiveRole(false, 'reviewer')).toBe('reviewer');
    expect(effectiveRole(false, null)).toBeNull();
  });

  it('opens the socket read-write only for roles that edit the draft', () => {
    expect(socketReadOnly('editor')).toBe(false);
    expect(socketReadOnly('admin')).toBe(false);
    expect(socketReadOnly('reviewer')).toBe(true);
    expect(socketReadOnly('observer')).toBe(true);
  });

  it('keeps platform actions to admins', () => {
    expect(canOnPlatform(true, 'standard.create')).toBe(true);
    expect(canOnPlatform(false, 'standard.create')).toBe(false);
    expect(canOnPlatform(false, 'audit.read')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  checkDisposition,
  mayComment,
  mayDeleteComment,
  mayDispose,
  mayEditComment,
  mayManageRounds,
  mayOpenRound,
  maySeeThread,
  parseCommentType,
  roundIsOpen,
} from './rules.ts';

const open = { closesAt: 2_000, closedAt: null };
const closedByHand = { closesAt: 2_000, closedAt: 1_500 };

describe('review rules', () => {
  it('a round is open until closed by hand or past its closing time', () => {
    expect(roundIsOpen(open, 1_000)).toBe(true);
    expect(roundIsOpen(open, 2_000)).toBe(false);
    expect(roundIsOpen(closedByHand, 1_600)).toBe(false);
  });

  it('reviewers and editors comment only while the round is open; observers never', () => {
    expect(mayComment('reviewer', open, 1_000)).toEqual({ ok: true });
    expect(mayComment('editor', open, 1_000)).toEqual({ ok: true });
    expect(mayComment('observer', open, 1_000)).toMatchObject({ ok: false, status: 403 });
    expect(mayComment('reviewer', closedByHand, 1_600)).toMatchObject({ ok: false, status: 409 });
  });

  it('only the author edits, while the round is open; deleted comments stay deleted', () => {
    const comment = { authorId: 'u1', deleted: false };
    expect(mayEditComment('u1', comment, open, 1_000)).toEqual({ ok: true });
    expect(mayEditComment('u2', comment, open, 1_000)).toMatchObject({ status: 403 });
    expect(mayEditComment('u1', comment, open, 3_000)).toMatchObject({ status: 409 });
    expect(mayEditComment('u1', { authorId: 'u1', deleted: true }, open, 1_000)).toMatchObject({
      status: 409,
    });
  });

  it('admins delete any comment; authors withdraw theirs while the round is open', () => {
    const reply = { authorId: 'u1', opening: false, answeredByOthers: true, disposed: true };
    const opening = { ...reply, opening: true, answeredByOthers: false, disposed: false };
    expect(mayDeleteComment('admin', 'u9', reply, open, 3_000)).toEqual({ ok: true });
    expect(mayDeleteComment('editor', 'u2', reply, open, 1_000)).toMatchObject({ status: 403 });
    expect(mayDeleteComment('reviewer', 'u1', reply, open, 1_000)).toEqual({ ok: true });
    expect(mayDeleteComment('reviewer', 'u1', reply, open, 3_000)).toMatchObject({
      status: 409,
      title: 'Round Closed',
    });
    expect(mayDeleteComment('reviewer', 'u1', opening, open, 1_000)).toEqual({ ok: true });
    for (const answered of [{ answeredByOthers: true }, { disposed: true }])
      expect(
        mayDeleteComment('reviewer', 'u1', { ...opening, ...answered }, open, 1_000),
      ).toMatchObject({ status: 409, title: 'Comment Answered' });
  });

  it('editors and admins dispose and manage rounds', () => {
    expect(mayDispose('editor')).toEqual({ ok: true });
    expect(mayDispose('reviewer')).toMatchObject({ status: 403 });
    expect(mayManageRounds('observer')).toMatchObject({ status: 403 });
    expect(mayManageRounds('admin')).toEqual({ ok: true });
    expect(mayOpenRound(1)).toMatchObject({ status: 409 });
  });

  it('rejected and accepted in part need an observation', () => {
    expect(checkDisposition('rejected', null)).toMatchObject({ status: 422 });
    expect(checkDisposition('accepted-in-part', '  ')).toMatchObject({ status: 422 });
    expect(checkDisposition('rejected', 'Out of scope')).toEqual({ ok: true });
    expect(checkDisposition('accepted', null)).toEqual({ ok: true });
    expect(checkDisposition('noted', null)).toEqual({ ok: true });
  });

  it('reviewers see their own agency while the round is open, everything after', () => {
    const caller = { id: 'u1', agencyId: 'a1' };
    const other = { createdBy: 'u2', agencyId: 'a2', roundOpen: true };
    expect(maySeeThread('reviewer', caller, other)).toBe(false);
    expect(maySeeThread('reviewer', caller, { ...other, agencyId: 'a1' })).toBe(true);
    expect(maySeeThread('reviewer', caller, { ...other, roundOpen: false })).toBe(true);
    expect(maySeeThread('observer', caller, other)).toBe(true);
    expect(maySeeThread('editor', caller, other)).toBe(true);
  });

  it('read the comment type from template codes or words', () => {
    expect(parseCommentType('te')).toBe('technical');
    expect(parseCommentType(' ED ')).toBe('editorial');
    expect(parseCommentType('General')).toBe('general');
    expect(parseCommentType('x')).toBeNull();
  });
});

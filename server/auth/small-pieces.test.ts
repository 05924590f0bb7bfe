import { describe, expect, it } from 'vitest';
import { clientAddress } from '../http/middleware/authenticate.ts';
import { accessLossOf } from './access-watcher.ts';
import { draftDocumentName, standardIdFromDocument } from './document-name.ts';
import { hashPassword, randomPassword, verifyPassword } from './password.ts';
import { hashSecret, newSecret, secretKind } from './secret-token.ts';
import { colorForUser, leastUsedColor, PALETTE } from './user-color.ts';

describe('document names', () => {
  it('round-trips a standard id and refuses anything else', () => {
    const id = '0b6f3c9e-4a4f-4d7b-9a63-2f1f0e8f1a2b';
    expect(standardIdFromDocument(draftDocumentName(id))).toBe(id);
    expect(standardIdFromDocument('standard/../x')).toBeNull();
    expect(standardIdFromDocument(id)).toBeNull();
  });
});

describe('secrets', () => {
  it('are tagged by kind and hashed', () => {
    const s = newSecret('api');
    expect(secretKind(s)).toBe('api');
    expect(secretKind(newSecret('socket'))).toBe('socket');
    expect(secretKind('acc_short')).toBeNull();
    expect(hashSecret(s)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecret(s)).not.toContain(s);
  });
});

describe('passwords', () => {
  it('verify the right password only, with salted scrypt hashes', async () => {
    const pw = randomPassword();
    expect(pw.length).toBeGreaterThanOrEqual(20);
    const [a, b] = await Promise.all([hashPassword(pw), hashPassword(pw)]);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(pw, a)).toBe(true);
    expect(await verifyPassword(`${pw}x`, a)).toBe(false);
    expect(await verifyPassword(pw, 'garbage')).toBe(false);
  });
});

describe('user colours', () => {
  it('are stable and from the palette', () => {
    expect(colorForUser('u1')).toBe(colorForUser('u1'));
    expect(PALETTE).toContain(colorForUser('some-user'));
    const seen = new Set(Array.from({ length: 50 }, (_, i) => colorForUser(`user-${i}`)));
    expect(seen.size).toBeGreaterThan(6);
  });

  it('go to the rarest colour in use, so twelve people never share one', () => {
    const taken: string[] = [];
    for (let i = 0; i < PALETTE.length; i += 1) taken.push(leastUsedColor(`person-${i}`, taken));
    expect(new Set(taken).size).toBe(PALETTE.length);
    // The thirteenth shares with someone, but never with two people while a colour has one.
    const withOneTwice = [...taken, PALETTE[3]];
    const next = leastUsedColor('person-13', withOneTwice);
    expect(next).not.toBe(PALETTE[3]);
    // Colours outside the palette (older data) count for nothing; ties follow the id's hash.
    expect(leastUsedColor('u1', ['#000000'])).toBe(colorForUser('u1'));
  });
});

describe('access losses from the audit log', () => {
  const row = (action: string, detail: Record<string, unknown>, standard: string | null = 's') => ({
    action,
    target_user_id: 'u',
    standard_id: standard,
    detail: JSON.stringify(detail),
  });

  it('acts on CLI revocations, disables and role changes only', () => {
    expect(accessLossOf(row('member.revoke', { via: 'cli' }))).toEqual({
      userId: 'u',
      documentName: 'standard/s',
    });
    expect(accessLossOf(row('user.disable', { via: 'cli' }, null))).toEqual({ userId: 'u' });
    expect(
      accessLossOf(row('member.grant', { via: 'cli', role: 'observer', previous: 'editor' })),
    ).not.toBeNull();
    expect(
      accessLossOf(row('member.grant', { via: 'cli', role: 'observer', previous: null })),
    ).toBeNull();
    expect(
      accessLossOf(row('member.grant', { via: 'cli', role: 'editor', previous: 'editor' })),
    ).toBeNull();
    expect(accessLossOf(row('member.revoke', {}))).toBeNull();
  });
});

describe('client address', () => {
  it('trusts X-Forwarded-For only from a local proxy when a public URL is configured', () => {
    const pub = 'https://accord.example';
    expect(clientAddress('127.0.0.1', '203.0.113.9', undefined)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', 'spoofed, 203.0.113.9', pub)).toBe('203.0.113.9');
    expect(clientAddress('198.51.100.7', '203.0.113.9', pub)).toBe('198.51.100.7');
    expect(clientAddress(undefined, undefined, pub)).toBe('unknown');
  });
});

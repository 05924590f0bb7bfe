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

/** CIELAB of an sRGB colour '#rrggbb', and its contrast against white. */
function lab(hex: string): { l: number; a: number; b: number; contrastOnWhite: number } {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const fx = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const fy = f(y);
  const fz = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return {
    l: 116 * fy - 16,
    a: 500 * (fx - fy),
    b: 200 * (fy - fz),
    contrastOnWhite: 1.05 / (y + 0.05),
  };
}

describe('user colours', () => {
  it('can be told apart, and white caret labels on them stay readable', () => {
    for (const [i, one] of PALETTE.entries()) {
      expect(lab(one).contrastOnWhite, one).toBeGreaterThanOrEqual(4.5);
      for (const other of PALETTE.slice(i + 1)) {
        const [p, q] = [lab(one), lab(other)];
        expect(Math.hypot(p.l - q.l, p.a - q.a, p.b - q.b), `${one} ${other}`).toBeGreaterThan(30);
      }
    }
  });

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

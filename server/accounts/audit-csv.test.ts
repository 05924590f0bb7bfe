import { describe, expect, it } from 'vitest';
import { auditToCsv, csvField } from './audit-csv.ts';

describe('audit CSV', () => {
  it('quotes separators and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(null)).toBe('');
  });

  it('writes a header and one row per entry', () => {
    const csv = auditToCsv([
      {
        id: 1,
        at: '2026-01-01T00:00:00.000Z',
        action: 'session.sign-in',
        actorId: 'u',
        actorEmail: 'a@x.org',
        actorAgency: 'MOH',
        ip: '127.0.0.1',
        standardId: null,
        targetUserId: null,
        detail: { k: 1 },
      },
    ]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,at,action,actorId,actorEmail,actorAgency,ip,standardId,targetUserId,detail',
    );
    expect(lines[1]).toBe(
      '1,2026-01-01T00:00:00.000Z,session.sign-in,u,a@x.org,MOH,127.0.0.1,,,"{""k"":1}"',
    );
  });
});

// Behind a reverse proxy the audit log records each user's own address, in every route group.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReviewWorld, nextWeek, type ReviewWorld } from './review-world.ts';

const PROXIED = { ACCORD_PUBLIC_URL: 'https://standards.example.test' };

function auditIps(w: ReviewWorld, action: string): (string | null)[] {
  return (
    w.server.db.prepare('SELECT ip FROM audit_log WHERE action = ? ORDER BY id').all(action) as {
      ip: string | null;
    }[]
  ).map((row) => row.ip);
}

async function call(
  w: ReviewWorld,
  who: 'editor' | 'admin',
  path: string,
  body: unknown,
  forwardedFor: string,
): Promise<number> {
  const res = await fetch(`${w.server.url}/api${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${w.tokens[who]}`,
      'content-type': 'application/json',
      'x-forwarded-for': forwardedFor,
    },
    body: JSON.stringify(body),
  });
  await res.body?.cancel();
  return res.status;
}

describe('client address behind a reverse proxy', () => {
  let w: ReviewWorld;
  beforeAll(async () => {
    w = await createReviewWorld(undefined, PROXIED);
  });
  afterAll(async () => {
    await w.dispose();
  });

  it('audits review actions with the address the proxy appended, not the proxy’s', async () => {
    const status = await call(
      w,
      'editor',
      `/standards/${w.standard.slug}/rounds`,
      { name: 'Proxied round', closesAt: nextWeek() },
      // The first entry is whatever the client claimed; the last is what our proxy saw.
      '198.51.100.9, 203.0.113.8',
    );
    expect(status).toBe(201);
    expect(auditIps(w, 'review.round-open')).toEqual(['203.0.113.8']);
  });

  it('audits account actions the same way', async () => {
    const status = await call(
      w,
      'admin',
      '/agencies',
      { code: 'NGO', name: 'A children’s charity (illustrative)', kind: 'ngo' },
      '203.0.113.9',
    );
    expect(status).toBe(201);
    expect(auditIps(w, 'agency.create')).toEqual(['203.0.113.9']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSite } from '../helpers/site-fixture.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const STD = 'fixture-identification-referral';
let server: TestServer;

beforeAll(async () => {
  const site = fixtureSite();
  server = await startTestServer({ ACCORD_SITE_DIR: site.siteDir });
}, 300_000);
afterAll(async () => {
  await server?.dispose();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { headers, redirect: 'manual' });

describe('the server serves the published site at /', () => {
  it('serves pages as HTML, compressed, with validators', async () => {
    const res = await get(`/${STD}/`, { 'accept-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cache-control')).toContain('must-revalidate');
    expect(await res.text()).toContain('<html lang="en"');
    const etag = res.headers.get('etag') ?? '';
    const again = await get(`/${STD}/`, { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(again.status).toBe(304);
  });

  it('prefers brotli and serves hashed assets as immutable', async () => {
    const html = await (await get('/')).text();
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1] ?? '';
    const res = await get(css, { 'accept-encoding': 'br, gzip' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('redirects a page path without its slash and answers HEAD without a body', async () => {
    const res = await get(`/${STD}`);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`/${STD}/`);
    const head = await fetch(`${server.url}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers missing pages with the site’s 404 page and bad paths with 400', async () => {
    const missing = await get('/no-such-standard/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Page not found');
    const bad = await get('/..%2f..%2fetc%2fpasswd');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('text/html');
    expect(await bad.text()).toContain('Page not found');
    expect((await get('/%ff')).status).toBe(400);
  });

  it('leaves /api and /healthz to their own routes', async () => {
    const api = await get('/api/no-such-route');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
    expect((await get('/healthz')).status).toBe(200);
  });

  it('serves the PDF of a version', async () => {
    const res = await get(`/${STD}/1.0/${STD}-1.0.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
  });
});

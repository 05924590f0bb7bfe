import { describe, expect, it } from 'vitest';
import { cacheControl, contentType, pickEncoding, resolveSitePath } from './site-path.ts';

describe('resolveSitePath', () => {
  it('maps folders to their index.html and keeps files as they are', () => {
    expect(resolveSitePath('/')).toEqual({ kind: 'file', file: 'index.html' });
    expect(resolveSitePath('/std/1.0/')).toEqual({ kind: 'file', file: 'std/1.0/index.html' });
    expect(resolveSitePath('/_astro/site.abc.css')).toEqual({
      kind: 'file',
      file: '_astro/site.abc.css',
    });
  });

  it('redirects a page path without its trailing slash', () => {
    expect(resolveSitePath('/std')).toEqual({ kind: 'redirect', location: '/std/' });
    expect(resolveSitePath('/std/history')).toEqual({
      kind: 'redirect',
      location: '/std/history/',
    });
  });

  it('rejects traversal, hidden files, backslashes and bad encodings', () => {
    for (const path of ['/../etc/passwd', '/a/%2e%2e/b', '/.env', '/a\\b', '/%00', '/%E0%A4%A']) {
      expect(resolveSitePath(path)).toEqual({ kind: 'invalid' });
    }
  });
});

describe('serving rules', () => {
  it('names content types by extension', () => {
    expect(contentType('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('x.pdf')).toBe('application/pdf');
    expect(contentType('pagefind/wasm.en.pagefind')).toBe('application/octet-stream');
  });

  it('makes hashed assets immutable and pages revalidate', () => {
    expect(cacheControl('_astro/site.abc.css')).toContain('immutable');
    expect(cacheControl('std/index.html')).toContain('must-revalidate');
    expect(cacheControl('pagefind/pagefind.js')).toContain('must-revalidate');
  });

  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(pickEncoding('gzip, deflate, br')).toEqual(['br', 'gzip']);
    expect(pickEncoding('gzip')).toEqual(['gzip']);
    expect(pickEncoding('br;q=0, gzip;q=0.5')).toEqual(['gzip']);
    expect(pickEncoding(undefined)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { isSafeHref, normalizeHref } from './href.ts';

describe('normalizeHref: links typed by people', () => {
  it('encodes characters a link may not hold raw, and keeps the address', () => {
    const href = normalizeHref('https://example.org/help?a=1&b=<2>');
    expect(href).toBe('https://example.org/help?a=1&b=%3C2%3E');
    expect(isSafeHref(href ?? '')).toBe(true);
    expect(normalizeHref('  https://example.org/a b  ')).toBe('https://example.org/a%20b');
  });

  it('adds https:// to a bare domain, not to a clause number', () => {
    expect(normalizeHref('example.org/guidance')).toBe('https://example.org/guidance');
    expect(normalizeHref('example.org:8080/x')).toBe('https://example.org:8080/x');
    expect(normalizeHref('5.1')).toBeNull();
    expect(normalizeHref('1.2/x')).toBeNull();
  });

  it('refuses links that hide where they lead', () => {
    expect(normalizeHref('https://trusted.example@other.example/')).toBeNull();
    expect(normalizeHref('https://user:secret@example.org/')).toBeNull();
  });

  it('keeps mailto and refuses every other scheme', () => {
    expect(normalizeHref('mailto:group@example.org')).toBe('mailto:group@example.org');
    expect(normalizeHref('javascript:alert(1)')).toBeNull();
    expect(normalizeHref('data:text/html,hi')).toBeNull();
    expect(normalizeHref('ftp://example.org/file')).toBeNull();
    expect(normalizeHref('not a link')).toBeNull();
  });
});

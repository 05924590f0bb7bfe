import { describe, expect, it } from 'vitest';
import { isSafeHref, normalizeHref } from './href.ts';

describe('normalizeHref: links typed by people', () => {
  it('encodes characters a link may not hold raw, and keeps the address', () => {
    const href = normalizeHref('https://example.org/help?a=1&b=<2>');
    expect(href).toBe('https://example.org/help?a=1&b=%3C2%3E');
    expect(isSafeHref(href ?? '')).toBe(true);
    expect(normalizeHref('  https://example.org/a b  ')).toBe('https://example.org/a%20b');
  });

  it('adds https:// to a bare domain', () => {
    expect(normalizeHref('example.org/guidance')).toBe('https://example.org/guidance');
  });

  it('keeps mailto and refuses every other scheme', () => {
    expect(normalizeHref('mailto:group@example.org')).toBe('mailto:group@example.org');
    expect(normalizeHref('javascript:alert(1)')).toBeNull();
    expect(normalizeHref('data:text/html,hi')).toBeNull();
    expect(normalizeHref('ftp://example.org/file')).toBeNull();
    expect(normalizeHref('not a link')).toBeNull();
  });
});

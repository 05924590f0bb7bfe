import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.ts';

describe('parseConfig', () => {
  it('applies the documented defaults', () => {
    const result = parseConfig({});
    expect(result).toMatchObject({
      ok: true,
      config: {
        PORT: 4321,
        HOST: '127.0.0.1',
        DATA_DIR: './data',
        ACCORD_MAX_MESSAGE_BYTES: 2 * 1024 * 1024,
        ACCORD_MAX_CLIENTS_PER_DOCUMENT: 200,
      },
    });
  });

  it('accepts admin@localhost as the admin email and refuses a non-address', () => {
    expect(parseConfig({ ACCORD_ADMIN_EMAIL: 'admin@localhost' }).ok).toBe(true);
    const bad = parseConfig({ ACCORD_ADMIN_EMAIL: 'admin' });
    expect(bad).toEqual({
      ok: false,
      message: 'Invalid ACCORD_ADMIN_EMAIL: expected an email address such as admin@localhost',
    });
  });

  it('names the variable and what is allowed for a bad value', () => {
    const result = parseConfig({ PORT: 'eighty' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^Invalid PORT: /);
    const level = parseConfig({ LOG_LEVEL: 'loud' });
    expect(level.ok).toBe(false);
    if (!level.ok) expect(level.message).toMatch(/LOG_LEVEL.*"info"/);
  });
});

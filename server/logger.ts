import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * The process logger: one JSON line per event. Log ids (document, user, connection),
 * never document text, passwords or tokens; the redaction paths are a safety net.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'accord' },
    redact: {
      paths: [
        'password',
        'token',
        '*.password',
        '*.token',
        'req.headers.cookie',
        'req.headers.authorization',
      ],
      censor: '[redacted]',
    },
  });
}

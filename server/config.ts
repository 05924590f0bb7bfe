import { z } from 'zod';

/**
 * Runtime configuration, read once from environment variables at start-up.
 * A bad value is reported as one line naming the variable and what it allows.
 */
const MiB = 1024 * 1024;

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
const bool01 = z.enum(['0', '1']).transform((v) => v === '1');

const schema = z.object({
  PORT: port.default(4321),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  /** Published release files (text); the site is built from these alone. */
  ACCORD_STANDARDS_DIR: z.string().min(1).default('./standards'),
  /** The built static site served at `/`. */
  ACCORD_SITE_DIR: z.string().min(1).default('./dist'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest WebSocket message accepted, in bytes. */
  ACCORD_MAX_MESSAGE_BYTES: positiveInt.default(2 * MiB),
  /** Largest encoded Yjs state of one document, in bytes. */
  ACCORD_MAX_DOCUMENT_BYTES: positiveInt.default(32 * MiB),
  ACCORD_MAX_CLIENTS_PER_DOCUMENT: positiveInt.default(200),
  ACCORD_MAX_DOCUMENTS_PER_SOCKET: positiveInt.default(20),
  /** Merge the update log into a checkpoint after this many updates … */
  ACCORD_CHECKPOINT_UPDATES: positiveInt.default(500),
  /** … or after this many bytes of logged updates. */
  ACCORD_CHECKPOINT_BYTES: positiveInt.default(MiB),
  /** How often a background thread copies the SQLite WAL back into the database (ms). */
  ACCORD_WAL_CHECKPOINT_MS: positiveInt.default(1000),
  /** Seconds a socket may stay open without authenticating. */
  ACCORD_AUTH_TIMEOUT_SECONDS: positiveInt.default(10),
  // Plain local@host: the default admin@localhost has no top-level domain.
  ACCORD_ADMIN_EMAIL: z
    .string()
    .regex(/^[^\s@]+@[^\s@]+$/, 'expected an email address such as admin@localhost')
    .default('admin@localhost'),
  ACCORD_ADMIN_PASSWORD: z.string().min(12).optional(),
  /** 0 skips seeding the demo working group and draft on an empty database. */
  ACCORD_DEMO: bool01.default(true),
  /** Public origin (scheme://host[:port]) when behind a reverse proxy; used for CSRF checks and Secure cookies. */
  ACCORD_PUBLIC_URL: z.url().optional(),
});

export type Config = z.infer<typeof schema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

/** Parse configuration from an environment; use once at start-up (and in tests with a custom env). */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const relevant = Object.fromEntries(
    Object.keys(schema.shape)
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const result = schema.safeParse(relevant);
  if (result.success) return { ok: true, config: result.data };
  const issue = result.error.issues[0];
  const name = issue?.path.join('.') ?? 'environment';
  return { ok: false, message: `Invalid ${name}: ${issue?.message ?? 'bad value'}` };
}

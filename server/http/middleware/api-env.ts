import type { Standard } from '../../accounts/standards.ts';
import type { AccessLoss } from '../../auth/access-watcher.ts';
import type { Caller } from '../../auth/caller.ts';
import type { SignInThrottle } from '../../auth/throttle.ts';
import type { Db } from '../../db/open.ts';
import type { Logger } from '../../logger.ts';

/** What the API routes need from the process. */
export interface ApiDeps {
  db: Db;
  logger: Logger;
  /** Public origin behind a reverse proxy (CSRF checks, Secure cookies), if configured. */
  publicUrl: string | undefined;
  throttle: SignInThrottle;
  /** Called when a user loses access, so their open sockets close at once. */
  onAccessLoss(loss: AccessLoss): void;
  /** Called once a standard is created, to seed its draft on the server. */
  onStandardCreated?(standard: Standard, userId: string): void;
}

/** The Hono environment of every API route: the resolved caller and client address. */
export interface ApiEnv {
  Variables: {
    caller: Caller | null;
    ip: string;
  };
}

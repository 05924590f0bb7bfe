// The throttle's answers shared by every route that checks a password (sign-in, password change).
import type { Context } from 'hono';
import type { SignInThrottle } from '../../auth/throttle.ts';
import { problem } from '../problem.ts';

/** Use when the throttle refuses an attempt: 429 with Retry-After, the password unchecked. */
export function tooManyAttempts(c: Context, seconds: number, what: string): Response {
  c.header('Retry-After', String(seconds));
  return problem(c, 429, 'Too Many Requests', `Too many ${what}; try again in ${seconds} s.`);
}

/** Use before answering a wrong password: holds the answer longer as failures pile up. */
export async function slowDown(throttle: SignInThrottle, email: string, ip: string): Promise<void> {
  const ms = throttle.slowdownMs(email, ip);
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
}

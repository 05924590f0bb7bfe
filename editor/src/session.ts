// Who is signed in, shared by the views; loaded once at start-up and after sign-in.
import { getMe } from './api/endpoints.ts';
import type { Me } from './api/schemas.ts';

let current: Me | null = null;

/** Use to read the signed-in user (null when signed out). */
export function me(): Me | null {
  return current;
}

/** Use after sign-in or a profile change. */
export function setMe(value: Me | null): void {
  current = value;
}

/** Use at start-up: asks the server who this is; false when nobody is signed in. */
export async function loadMe(): Promise<boolean> {
  const result = await getMe();
  current = result.ok ? result.data : null;
  return current !== null;
}

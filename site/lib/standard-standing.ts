// What a standard as a whole stands at on the build day, as the home page and the standard's
// own page say it: one decision, so the two pages cannot disagree.
import type { StandardView, VersionView } from './site-model.ts';

/**
 * Use to tell a reader that no version of the standard is in force yet: returns the version
 * shown as current while none has taken effect (the first upcoming one, which readers get as
 * their text), or null once a version is in force, or when every version is withdrawn.
 */
export function notYetInForce(standard: StandardView): VersionView | null {
  return standard.current.standing.standing === 'upcoming' ? standard.current : null;
}

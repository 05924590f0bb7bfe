// Comments from consultation rounds still waiting for the working group's answer. A standards
// body publishes a version once every comment has a disposition; Accord does not block it
// (a round may end with comments deliberately left for the next version), but says so.
import type { Round } from '../review/api.ts';

/** Use on the releases page: how many comment threads, over every round, have no disposition. */
export function undisposedComments(rounds: readonly Round[]): number {
  return rounds.reduce((sum, round) => sum + (round.counts?.byDisposition.none ?? 0), 0);
}

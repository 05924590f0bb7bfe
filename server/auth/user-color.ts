/**
 * Stable caret colours: one per user, chosen once from a palette of colours that keep
 * 4.5:1 contrast against white text labels, from a hash of the user id.
 */
export const PALETTE = [
  '#1f6feb',
  '#b42318',
  '#067647',
  '#7a2e98',
  '#b54708',
  '#0e7490',
  '#c11574',
  '#4d5b7c',
  '#5b7a00',
  '#9e3d00',
  '#3538cd',
  '#087443',
] as const;

/** The colour for a user id; the same id always gets the same colour. */
export function colorForUser(userId: string): string {
  let h = 2166136261;
  for (let i = 0; i < userId.length; i += 1) {
    h ^= userId.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return PALETTE[(h >>> 0) % PALETTE.length] ?? PALETTE[0];
}

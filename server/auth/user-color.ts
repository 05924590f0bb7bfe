/**
 * Caret colours: one per user, chosen once at creation from a palette of colours that keep
 * 4.5:1 contrast against white text labels: the colour fewest active users have, so the
 * first twelve people never share one (a hash alone gave a pair in most groups of five).
 * Every pair differs by at least 30 in CIELAB ΔE (the earlier palette had two greens 1.5 apart
 * and three red-oranges, which co-editors could not tell apart).
 */
export const PALETTE = [
  '#1f6feb', // blue
  '#b42318', // red
  '#067647', // green
  '#7a2e98', // purple
  '#c11574', // magenta
  '#1212f3', // ultramarine
  '#1a1a1a', // black
  '#8d6b07', // ochre
  '#087aa0', // cyan
  '#c00ce4', // violet
  '#773b28', // brown
  '#078307', // leaf green
] as const;

function hashIndex(userId: string): number {
  let h = 2166136261;
  for (let i = 0; i < userId.length; i += 1) {
    h ^= userId.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % PALETTE.length;
}

/** The colour for a user id from its hash alone; the same id always gets the same colour. */
export function colorForUser(userId: string): string {
  return PALETTE[hashIndex(userId)] ?? PALETTE[0];
}

/**
 * Use when creating a user: the palette colour that the fewest of `inUse` (the colours of the
 * other active users) have; among equally rare ones, the first from the id's hash onwards.
 */
export function leastUsedColor(userId: string, inUse: readonly string[]): string {
  const counts = new Map<string, number>(PALETTE.map((c) => [c, 0]));
  for (const color of inUse) if (counts.has(color)) counts.set(color, (counts.get(color) ?? 0) + 1);
  const start = hashIndex(userId);
  let best: string = PALETTE[start] ?? PALETTE[0];
  for (let i = 0; i < PALETTE.length; i += 1) {
    const color = PALETTE[(start + i) % PALETTE.length] ?? PALETTE[0];
    if ((counts.get(color) ?? 0) < (counts.get(best) ?? 0)) best = color;
  }
  return best;
}

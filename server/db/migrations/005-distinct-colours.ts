import type { Migration } from '../migrate.ts';

/**
 * Caret colours: the palette of version 4 had two greens 1.5 ΔE apart and three red-oranges,
 * so co-editors could not tell each other's carets apart. Each retired colour moves to the
 * new colour nearest its hue (see server/auth/user-color.ts). A fixed map, frozen with this
 * step: later palette changes need a step of their own.
 */
const RETIRED: Record<string, string> = {
  '#b54708': '#8d6b07', // orange → ochre
  '#0e7490': '#087aa0', // teal → cyan
  '#4d5b7c': '#1a1a1a', // slate → black
  '#5b7a00': '#078307', // olive → leaf green
  '#9e3d00': '#773b28', // rust → brown
  '#3538cd': '#1212f3', // indigo → ultramarine
  '#087443': '#c00ce4', // the second green → violet
};

export const distinctColoursMigration: Migration = {
  version: 5,
  name: 'distinct caret colours',
  up(db) {
    const recolour = db.prepare('UPDATE users SET color = ? WHERE color = ?');
    for (const [from, to] of Object.entries(RETIRED)) recolour.run(to, from);
  },
};

// How long a text may be, as the person typing it sees it (pure: no DOM).

/** From this share of the limit on, the box shows a live count. */
const SHOW_FROM = 0.8;

export interface TextLength {
  /** Characters as the server counts them: UTF-16 units after trimming the ends (zod's trim). */
  count: number;
  max: number;
  /** Characters to remove before the text can be sent (0 when it fits). */
  over: number;
  /** 'quiet' below 80 % of the limit, 'near' from there up to the limit, then 'over'. */
  state: 'quiet' | 'near' | 'over';
}

/** Use on every change of a limited text box: its count and whether it can be sent. */
export function measureText(value: string, max: number): TextLength {
  // The server trims before it checks the length (its zod schemas): count the same.
  const count = value.trim().length;
  const over = Math.max(0, count - max);
  const state = over > 0 ? 'over' : count >= Math.ceil(max * SHOW_FROM) ? 'near' : 'quiet';
  return { count, max, over, state };
}

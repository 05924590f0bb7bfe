// How long a comment may be, as the reviewer sees it while typing (pure: no DOM).

/** The longest text the server accepts in a comment, proposed change, reply or observation. */
export const MAX_TEXT = 20_000;

/** From this share of the limit on, the box shows a live count. */
const SHOW_FROM = 0.8;

export interface TextLength {
  /** Characters as the server counts them: UTF-16 units after trimming the ends. */
  count: number;
  max: number;
  /** Characters to remove before the text can be sent (0 when it fits). */
  over: number;
  /** 'quiet' below 80 % of the limit, 'near' from there up to the limit, then 'over'. */
  state: 'quiet' | 'near' | 'over';
}

/** Use on every change of a limited text box: its count and whether it can be sent. */
export function measureText(value: string, max = MAX_TEXT): TextLength {
  // The server trims before it checks the length (server/review/schemas.ts): count the same.
  const count = value.trim().length;
  const over = Math.max(0, count - max);
  const state = over > 0 ? 'over' : count >= Math.ceil(max * SHOW_FROM) ? 'near' : 'quiet';
  return { count, max, over, state };
}

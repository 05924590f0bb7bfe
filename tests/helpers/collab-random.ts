/** A small seeded PRNG (the model's mulberry32), so fuzz and convergence runs are reproducible. */
export { prng as seededRandom } from '../../model/index.ts';

/** `length` random bytes from `random`. */
export function randomBytes(random: () => number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(random() * 256);
  return bytes;
}

// Annex letters: Latin (ISO style) or Cyrillic (GOST/STB style).
import { baseLanguage } from './labels.ts';

const LATIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
// GOST 1.5 / STB 1.5: Cyrillic capitals except Ё, З, Й, О, Ч, Ъ, Ы, Ь.
const CYRILLIC = 'АБВГДЕЖИКЛМНПРСТУФХЦШЩЭЮЯ'.split('');

/** Use to know which alphabet annexes of a standard in `lang` use. */
export function annexAlphabet(lang: string | undefined): readonly string[] {
  const base = baseLanguage(lang);
  return base === 'ru' || base === 'be' ? CYRILLIC : LATIN;
}

/** Use to letter the n-th annex (0-based): A … Z, then AA, AB … (Cyrillic likewise). */
export function annexLetter(index: number, lang?: string): string {
  const alphabet = annexAlphabet(lang);
  const size = alphabet.length;
  let n = index;
  let out = '';
  do {
    out = (alphabet[n % size] ?? '?') + out;
    n = Math.floor(n / size) - 1;
  } while (n >= 0);
  return out;
}

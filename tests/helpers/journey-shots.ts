// Screenshots for the README walkthrough: written only when UPDATE_SCREENSHOTS=1, so ordinary
// test runs never rewrite the committed PNGs.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const DIR = join(import.meta.dirname, '../../docs/screenshots');

/** Viewport of editor pages in the walkthrough (small enough for PNGs under ~150 KB). */
export const EDITOR_VIEWPORT = { width: 1100, height: 700 };
/** Viewport of the published site: a phone, as frontline staff read it. */
export const PHONE_VIEWPORT = { width: 390, height: 800 };

/** Use at a key step: saves docs/screenshots/<name>.png when UPDATE_SCREENSHOTS=1, else nothing. */
export async function shot(page: Page, name: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  mkdirSync(DIR, { recursive: true });
  // Carets blink and focus rings move: hide the caret so reruns give stable pictures.
  await page.screenshot({ path: join(DIR, `${name}.png`), caret: 'hide', animations: 'disabled' });
}

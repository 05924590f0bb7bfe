// Waiting for the published site: the server rebuilds it in the background after a publish.
import { expect } from 'vitest';

/**
 * Use after publishing: polls a site URL until it answers 200 and its HTML contains `text`
 * (the rebuild replaces the site atomically, so the old page may answer in the meantime).
 */
export async function waitForSitePage(url: string, text: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const res = await fetch(url);
        return res.status === 200 && (await res.text()).includes(text);
      },
      { timeout: 120_000, interval: 1_000 },
    )
    .toBe(true);
}

import { chromium, type BrowserContext } from 'playwright-core';
import { tempDir } from './temp-dir.ts';

/** Launch flags that work on these machines (closed network, running as root). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A real Chromium (Debian's /usr/bin/chromium) with a fresh profile. Close the returned
 * context when done; its profile folder is removed with it.
 */
export async function launchBrowser(): Promise<BrowserContext & { dispose(): Promise<void> }> {
  const profile = tempDir('accord-chromium-');
  const context = await chromium.launchPersistentContext(profile.path, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
  });
  return Object.assign(context, {
    async dispose() {
      await context.close();
      profile.remove();
    },
  });
}

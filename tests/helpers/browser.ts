import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../server/chromium.ts';
import { tempDir } from './temp-dir.ts';

/**
 * A real Chromium (Debian's /usr/bin/chromium) with a fresh profile. Close the returned
 * context when done; its profile folder is removed with it.
 */
export async function launchBrowser(): Promise<BrowserContext & { dispose(): Promise<void> }> {
  const profile = tempDir('accord-chromium-');
  const context = await chromium.launchPersistentContext(profile.path, {
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs],
  });
  return Object.assign(context, {
    async dispose() {
      await context.close();
      profile.remove();
    },
  });
}

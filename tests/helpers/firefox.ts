// Firefox for browser tests, driven over WebDriver BiDi by puppeteer-core (Playwright's own
// Firefox driver needs its patched build; Debian's firefox-esr speaks BiDi).
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { TestServer } from './server.ts';
import { TEST_PASSWORD, type TestUser } from './editor-setup.ts';

/** Debian's Firefox; FIREFOX_PATH overrides. */
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Use once per test file; fails with the fix when Firefox is not installed. */
export async function launchFirefox(): Promise<Browser> {
  if (!existsSync(firefoxPath))
    throw new Error(
      `Firefox not found at ${firefoxPath}: apt-get install firefox-esr (or set FIREFOX_PATH)`,
    );
  return puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
}

/** Use to sign a user in through the sign-in page, in a context of their own. */
export async function signInFirefox(
  browser: Browser,
  server: TestServer,
  user: TestUser,
): Promise<Page> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/edit/sign-in`);
  await page.type('#email', user.email);
  await page.type('#password', TEST_PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForFunction(
    () => document.querySelector('h1')?.textContent?.includes('Your standards') === true,
  );
  return page;
}

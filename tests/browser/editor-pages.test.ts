import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureStandard } from '../helpers/editor-fixture.ts';
import {
  buildEditorOnce,
  launchChromium,
  makeStandard,
  makeUser,
  signInThroughPage,
  TEST_PASSWORD,
  type TestUser,
} from '../helpers/editor-setup.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

describe('editor pages: sign-in, home, account', () => {
  let server: TestServer;
  let browser: Browser;
  let olga: TestUser;

  beforeAll(async () => {
    await buildEditorOnce();
    server = await startTestServer();
    browser = await launchChromium();
    olga = await makeUser(server, 'Olga Observer');
    makeStandard(server, 'referral-guide', fixtureStandard(), [{ user: olga, role: 'observer' }]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('serves the editor at /edit/ with cache headers, and any /edit/* path falls back to it', async () => {
    const index = await fetch(`${server.url}/edit/s/anything`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const html = await index.text();
    const script = /src="(\/edit\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${server.url}${script ?? ''}`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${server.url}/edit/assets/missing.js`)).status).toBe(404);
  });

  it('after a session ended in an open draft, the sign-in page says why and keeps keys out of Email', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/edit/sign-in?next=s%2Fsomewhere&ended=1`);
    await expect
      .poll(() => page.locator('.message.error').innerText())
      .toContain('your account was disabled');
    // Someone still typing in the draft: the keys must not land in the Email field.
    await page.keyboard.type('still typing');
    expect(await page.inputValue('#email')).toBe('');
    await context.close();
  });

  it('a wrong password is refused; the right one shows the standards with the role', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/edit/`);
    await page.waitForSelector('#email');
    expect(new URL(page.url()).pathname).toBe('/edit/sign-in');
    await page.fill('#email', olga.email);
    await page.fill('#password', 'not the password');
    await page.click('button[type=submit]');
    await expect
      .poll(() => page.locator('.message.error').innerText())
      .toContain('Wrong email or password');
    await page.fill('#password', TEST_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('.standard-row');
    const row = await page.locator('.standard-row').innerText();
    expect(row).toContain('Standard referral-guide');
    expect(row).toContain('Observer');
    // Where the draft stands, from the server: nothing released or under review yet.
    expect(row).toContain('Drafting');
    expect(row).toContain('Nothing in force yet');
    // No create form for someone who is not an admin.
    expect(await page.locator('#new-slug').count()).toBe(0);
    await context.close();
  });

  it('an admin creates a standard from the home page and lands in its draft', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/edit/sign-in`);
    await page.fill('#email', server.config.ACCORD_ADMIN_EMAIL);
    await page.fill('#password', 'test-admin-password');
    await page.click('button[type=submit]');
    await page.fill('#new-slug', 'new-standard');
    await page.fill('#new-title', 'A new standard');
    await page.click('form[aria-labelledby="new-standard-title"] button[type=submit]');
    await page.waitForURL('**/edit/s/new-standard');
    await page.waitForSelector('.status[data-state="saved"]');
    expect(await page.locator('.draft-title').innerText()).toContain('A new standard');
    // An admin's account page still offers the agency as a choice.
    await page.goto(`${server.url}/edit/account`);
    await page.waitForSelector('select#profile-agency');
    await context.close();
  });

  it('the account page renames, and creates a token shown once, lists and revokes it', async () => {
    const context = await browser.newContext();
    const page: Page = await signInThroughPage(context, server, olga);
    await page.click('a[href="/edit/account"]');
    // Only an admin may change an agency: others see theirs as text, not a control.
    const agency = page.locator('#profile-agency');
    expect(await agency.evaluate((el) => el.tagName)).toBe('P');
    expect(await agency.innerText()).toBe('Agency: No agency');
    expect(await page.locator('form[aria-labelledby="profile-title"] select').count()).toBe(0);
    expect(await page.locator('form[aria-labelledby="profile-title"]').innerText()).toContain(
      'Only an administrator can change your agency.',
    );
    await page.fill('#profile-name', 'Olga O.');
    await page.click('form[aria-labelledby="profile-title"] button[type=submit]');
    await expect
      .poll(() => page.locator('form[aria-labelledby="profile-title"] .message').innerText())
      .toBe('Profile saved.');

    await page.fill('#token-name', 'export script');
    await page.click('.inline-form button[type=submit]');
    const secret = await page.locator('.token-once code').innerText();
    expect(secret).toMatch(/^acc_/);
    await expect
      .poll(() => page.locator('.tokens li').allInnerTexts())
      .toEqual([expect.stringContaining('export script')]);
    // The secret is not shown again after a reload.
    await page.reload();
    await page.waitForSelector('.tokens li');
    expect(await page.content()).not.toContain(secret);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.click('button[aria-label="Revoke token export script"]');
    await expect.poll(() => page.locator('.tokens li').innerText()).toBe('You have no API tokens.');
    await context.close();
  });
});

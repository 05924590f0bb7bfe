// Admin forms and tables in real Chromium: errors beside their form, readable role pickers,
// long names that wrap, checkboxes by their labels, and a tab title per page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../server/accounts/agencies.ts';
import { LIMITS } from '../../server/accounts/limits.ts';
import { createStandard } from '../../server/accounts/standards.ts';
import { updateProfile } from '../../server/accounts/users.ts';
import { ADMIN_PASSWORD } from '../helpers/accounts.ts';
import { fixtureStandard } from '../helpers/editor-fixture.ts';
import {
  buildEditorOnce,
  launchChromium,
  makeStandard,
  makeUser,
  type TestUser,
} from '../helpers/editor-setup.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const SLUG = 'forms-group';
const TITLE = `Standard ${SLUG}`;
// Unbroken on purpose: no space for the browser to wrap at.
const LONG_NAME = 'N'.repeat(LIMITS.personName);
const LONG_AGENCY = 'A'.repeat(LIMITS.agencyName);

const eventually = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 15_000 });

/** How wide the selected option's text is, and how much room the select gives it. */
function roleRoom(page: Page, label: string) {
  return page.getByLabel(label, { exact: true }).evaluate((el) => {
    const select = el as HTMLSelectElement;
    const probe = document.createElement('span');
    probe.style.font = getComputedStyle(select).font;
    probe.style.whiteSpace = 'pre';
    probe.textContent = select.selectedOptions[0]?.textContent ?? '';
    document.body.append(probe);
    const text = probe.getBoundingClientRect().width;
    probe.remove();
    const style = getComputedStyle(select);
    const room =
      select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { text, room, shown: probe.textContent };
  });
}

/** True when nothing on the page is wider than the window (no sideways scrolling). */
const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('editor admin forms and tables', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let admin: Page;
  let long: TestUser;

  beforeAll(async () => {
    await buildEditorOnce();
    server = await startTestServer({}, { rebuildSiteOnRelease: false });
    browser = await launchChromium();
    const agency = createAgency(server.db, { code: 'LONG', name: LONG_AGENCY, kind: 'other' });
    if (!agency.ok) throw new Error('agency');
    long = await makeUser(server, 'Long Name');
    updateProfile(server.db, long.id, { name: LONG_NAME, agencyId: agency.agency.id });
    createStandard(server.db, {
      slug: 'long-title',
      title: 'T'.repeat(LIMITS.standardTitle),
      language: 'en',
      createdBy: null,
    });
    const ola = await makeUser(server, 'Ola Editor');
    makeStandard(server, SLUG, fixtureStandard(), [
      { user: ola, role: 'editor' },
      { user: long, role: 'observer' },
    ]);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    admin = await context.newPage();
    await admin.goto(`${server.url}/edit/sign-in`);
    await admin.fill('#email', server.config.ACCORD_ADMIN_EMAIL);
    await admin.fill('#password', ADMIN_PASSWORD);
    await admin.click('button[type=submit]');
    await admin.waitForSelector('h1:text("Your standards")');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('shows each member’s current role in full, on a desktop and on a tablet', async () => {
    for (const width of [1280, 800]) {
      await admin.setViewportSize({ width, height: 900 });
      await admin.goto(`${server.url}/edit/s/${SLUG}/members`);
      await admin.getByRole('heading', { name: `Members of ${TITLE}` }).waitFor();
      for (const [label, role] of [
        ['Role of Ola Editor', 'Editor'],
        [`Role of ${LONG_NAME}`, 'Observer'],
      ] as const) {
        const { text, room, shown } = await roleRoom(admin, label);
        expect(shown, `${label} at ${width}px`).toBe(role);
        expect(room, `${label} at ${width}px`).toBeGreaterThanOrEqual(text);
      }
      // The long unbroken name and agency wrap inside their cells.
      expect(await fitsWidth(admin), `members page at ${width}px`).toBe(true);
    }
    await admin.setViewportSize({ width: 1280, height: 900 });
  });

  it('keeps the Users and home pages within the window with 120- and 200-letter words', async () => {
    for (const width of [1280, 800]) {
      await admin.setViewportSize({ width, height: 900 });
      await admin.goto(`${server.url}/edit/admin/users`);
      await admin.locator('tr', { hasText: long.email }).waitFor();
      expect(await fitsWidth(admin), `users page at ${width}px`).toBe(true);
      await admin.goto(`${server.url}/edit/`);
      await admin.locator('.standard-row', { hasText: 'long-title' }).waitFor();
      expect(await fitsWidth(admin), `home page at ${width}px`).toBe(true);
    }
    await admin.setViewportSize({ width: 1280, height: 900 });
  });

  it('limits the form fields to what the API accepts, without cutting pasted text', async () => {
    // One character over each limit: the text stays whole and the count says by how much.
    const overBy1 = async (selector: string, max: number) => {
      const field = admin.locator(selector);
      await field.fill('x'.repeat(max + 1));
      const count = admin.locator(`${selector}-count`);
      return {
        kept: (await field.inputValue()).length,
        says: await count.innerText(),
        invalid: await field.getAttribute('aria-invalid'),
      };
    };
    const expected = (max: number) => ({
      kept: max + 1,
      says: `Too long by 1 characters (${(max + 1).toLocaleString('en-US')} of ${max.toLocaleString('en-US')}). Nothing was cut: shorten the text to send it.`,
      invalid: 'true',
    });
    await admin.goto(`${server.url}/edit/admin/users`);
    await admin.locator('#user-name').waitFor();
    expect(await overBy1('#user-email', LIMITS.email)).toEqual(expected(LIMITS.email));
    expect(await overBy1('#user-name', LIMITS.personName)).toEqual(expected(LIMITS.personName));
    expect(await overBy1('#agency-code', LIMITS.agencyCode)).toEqual(expected(LIMITS.agencyCode));
    expect(await overBy1('#agency-name', LIMITS.agencyName)).toEqual(expected(LIMITS.agencyName));

    // A pasted name one letter too long is refused in the page: no user is created.
    const users = async () =>
      ((await (await admin.request.get(`${server.url}/api/users`)).json()) as { users: unknown[] })
        .users.length;
    const before = await users();
    await admin.getByLabel('Email', { exact: true }).fill('too.long@example.test');
    await admin.locator('#user-name').fill('L'.repeat(LIMITS.personName + 1));
    await admin.getByRole('button', { name: 'Create user' }).click();
    expect(
      await admin.locator('#user-name').evaluate((el) => (el as HTMLInputElement).validity.valid),
    ).toBe(false);
    expect(await users()).toBe(before);
    // Shortened by one letter, it goes through and the warning goes away.
    await admin.locator('#user-name').press('End');
    await admin.locator('#user-name').press('Backspace');
    await admin.getByRole('button', { name: 'Create user' }).click();
    await admin.getByTestId('generated-password').waitFor();
    expect(await users()).toBe(before + 1);
    expect(await admin.locator('#user-name').getAttribute('aria-invalid')).toBeNull();

    await admin.goto(`${server.url}/edit/`);
    await admin.locator('#new-title').waitFor();
    expect(await overBy1('#new-slug', LIMITS.standardSlug)).toEqual(expected(LIMITS.standardSlug));
    expect(await overBy1('#new-title', LIMITS.standardTitle)).toEqual(
      expected(LIMITS.standardTitle),
    );
    expect(await overBy1('#new-language', LIMITS.languageTag)).toEqual(
      expected(LIMITS.languageTag),
    );
  });

  it('shows a failed create beside its form, announced and focused, and drops the last password', async () => {
    await admin.goto(`${server.url}/edit/admin/users`);
    const userForm = admin.locator('form:has(#user-email)');
    await userForm.waitFor();

    await admin.getByLabel('Email', { exact: true }).fill('first.person@example.test');
    await admin.getByLabel('Full name').fill('First Person');
    await admin.getByRole('button', { name: 'Create user' }).click();
    await admin.getByTestId('generated-password').waitFor();

    // Same email again: refused.
    await admin.getByLabel('Email', { exact: true }).fill('first.person@example.test');
    await admin.getByLabel('Full name').fill('Second Person');
    await admin.getByRole('button', { name: 'Create user' }).click();
    // Not getByRole: an empty alert is not displayed, and the check below needs it empty.
    const alert = userForm.locator('[role=alert]');
    await eventually(() => alert.innerText()).toBe('Email: This email is taken.');
    // The password of the previous user is gone, and nothing moved to the top of the page.
    expect(await admin.getByTestId('generated-password').count()).toBe(0);
    expect(await userForm.locator('.token-once').isHidden()).toBe(true);
    expect(await admin.locator('main > p[role=status]').innerText()).toBe('');
    // Focus is on the field at fault, which points at the message.
    const email = admin.locator('#user-email');
    await eventually(() => email.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    // Beside its count line (shown near the length limit), the field names the message.
    expect(await email.getAttribute('aria-describedby')).toBe(
      `user-email-count ${await alert.getAttribute('id')}`,
    );

    // A corrected attempt clears the error and the field's mark.
    await admin.getByLabel('Email', { exact: true }).fill('second.person@example.test');
    await admin.getByRole('button', { name: 'Create user' }).click();
    await eventually(() => userForm.getByRole('status').innerText()).toBe(
      'User second.person@example.test created.',
    );
    expect(await alert.innerText()).toBe('');
    expect(await email.getAttribute('aria-invalid')).toBeNull();
    expect(await email.getAttribute('aria-describedby')).toBe('user-email-count');

    const agencyForm = admin.locator('form:has(#agency-code)');
    await admin.getByLabel('Code (short, e.g. MSP)').fill('bad code!');
    await admin.getByLabel('Name', { exact: true }).fill('Illustrative agency');
    await admin.getByRole('button', { name: 'Create agency' }).click();
    await eventually(() => agencyForm.getByRole('alert').innerText()).toBe(
      'Code (short, e.g. MSP): letters, digits, - and _ only',
    );
    await eventually(() =>
      admin.locator('#agency-code').evaluate((el) => el === document.activeElement),
    ).toBe(true);

    // The home page's "New standard" form names its own labels too, not the API's fields.
    await admin.goto(`${server.url}/edit/`);
    const standardForm = admin.locator('form[aria-labelledby="new-standard-title"]');
    await admin.locator('#new-slug').fill(SLUG);
    await admin.locator('#new-title').fill('A second standard with a taken short name');
    await standardForm.getByRole('button', { name: 'Create standard' }).click();
    await eventually(() => standardForm.locator('[role=alert]').innerText()).toBe(
      'Short name for addresses (lowercase letters, digits, hyphens): Another standard already uses this short name.',
    );
    await eventually(() =>
      admin.locator('#new-slug').evaluate((el) => el === document.activeElement),
    ).toBe(true);
    expect(await admin.locator('#new-slug').getAttribute('aria-invalid')).toBe('true');
    expect(admin.url()).toBe(`${server.url}/edit/`);

    // A short name in the wrong form: the browser's bubble says what the form is.
    await admin.locator('#new-slug').fill('Referral Pathways');
    await standardForm.getByRole('button', { name: 'Create standard' }).click();
    expect(
      await admin.locator('#new-slug').evaluate((el) => (el as HTMLInputElement).validationMessage),
    ).toContain('lowercase letters, digits and single hyphens');
    await admin.locator('#new-slug').fill('referral-pathways');
    expect(
      await admin.locator('#new-slug').evaluate((el) => (el as HTMLInputElement).validity.valid),
    ).toBe(true);
  });

  it('puts the Platform administrator checkbox right beside its label', async () => {
    await admin.goto(`${server.url}/edit/admin/users`);
    const box = await admin.locator('#user-admin').boundingBox();
    const label = admin.locator('label[for=user-admin]');
    const text = await label.evaluate((el) => {
      const range = document.createRange();
      const node = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE);
      if (!node) return null;
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      return { left: r.left, top: r.top, bottom: r.bottom };
    });
    const labelBox = await label.boundingBox();
    if (!box || !text || !labelBox) throw new Error('checkbox or label not laid out');
    expect(box.x - labelBox.x).toBeLessThanOrEqual(1);
    expect(text.left - (box.x + box.width)).toBeGreaterThanOrEqual(0);
    expect(text.left - (box.x + box.width)).toBeLessThanOrEqual(16);
    // Vertically centred on the text line.
    const boxMiddle = box.y + box.height / 2;
    expect(boxMiddle).toBeGreaterThan(text.top);
    expect(boxMiddle).toBeLessThan(text.bottom);
  });

  it('names every page in the browser tab', async () => {
    const titles: [string, string][] = [
      ['', 'Standards — Accord'],
      ['admin/users', 'Users — Accord'],
      ['admin/audit', 'Audit log — Accord'],
      [`s/${SLUG}/members`, `Members — ${TITLE} — Accord`],
      [`s/${SLUG}`, `${TITLE} — Draft — Accord`],
      [`s/${SLUG}/releases`, `Releases of ${TITLE} — Accord`],
      ['no/such/page', 'Page not found — Accord'],
      ['account', 'Your account — Accord'],
    ];
    for (const [path, title] of titles) {
      await admin.goto(`${server.url}/edit/${path}`);
      await eventually(() => admin.title()).toBe(title);
    }
    // In-app navigation renames the tab too.
    await admin.getByRole('link', { name: 'Users', exact: true }).click();
    await eventually(() => admin.title()).toBe('Users — Accord');
    await admin.getByRole('link', { name: 'Standards', exact: true }).click();
    await eventually(() => admin.title()).toBe('Standards — Accord');
    const signedOut = await (await browser.newContext()).newPage();
    await signedOut.goto(`${server.url}/edit/sign-in`);
    await eventually(() => signedOut.title()).toBe('Sign in to Accord');
  });
});

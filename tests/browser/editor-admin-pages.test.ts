// Admin pages in real Chromium: members (grant, change, revoke), users and agencies, the audit log.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD } from '../helpers/accounts.ts';
import { fixtureStandard } from '../helpers/editor-fixture.ts';
import {
  buildEditorOnce,
  launchChromium,
  makeStandard,
  makeUser,
  signInThroughPage,
  type TestUser,
} from '../helpers/editor-setup.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const SLUG = 'working-group';
const TITLE = `Standard ${SLUG}`;

async function signIn(
  context: BrowserContext,
  server: TestServer,
  email: string,
  password: string,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}/edit/sign-in`);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await page.click('button[type=submit]');
  return page;
}

const status = (page: Page) => page.locator('main > p[role=status]');
/** The confirmation line inside a form, beside its submit button. */
const formStatus = (page: Page, form: string) => page.locator(`${form} p[role=status]`);

/** The role shown for the standard on a user's home page, or null when it is not listed. */
async function homeRole(page: Page): Promise<string | null> {
  await page.reload();
  await page.waitForSelector('.standard-row, .standards .empty');
  const row = page.locator('.standard-row', { hasText: TITLE });
  return (await row.count()) ? row.locator('.badge[class*=role-]').innerText() : null;
}

/** Poll generously: password hashing and release freezing take a while on a busy machine. */
const eventually = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 15_000 });

describe('editor admin pages', () => {
  let server: TestServer;
  let browser: Browser;
  let ola: TestUser;
  let ivan: TestUser;
  let admin: Page;

  beforeAll(async () => {
    await buildEditorOnce();
    server = await startTestServer({}, { rebuildSiteOnRelease: false });
    browser = await launchChromium();
    ola = await makeUser(server, 'Ola Editor');
    ivan = await makeUser(server, 'Ivan Reviewer');
    makeStandard(server, SLUG, fixtureStandard(), []);
    admin = await signIn(
      await browser.newContext(),
      server,
      server.config.ACCORD_ADMIN_EMAIL,
      ADMIN_PASSWORD,
    );
    await admin.waitForSelector('h1:text("Your standards")');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('an admin grants, changes and revokes roles; the users see the standard accordingly', async () => {
    await admin.getByRole('link', { name: `Members of ${TITLE}` }).click();
    await admin.getByRole('heading', { name: `Members of ${TITLE}` }).waitFor();
    await admin.getByText('Nobody has a role on this standard yet.').waitFor();

    // Find Ola by part of her name: the only match is chosen.
    await admin.getByLabel('Find a user by name or email').fill('ola');
    expect(await admin.getByLabel('User', { exact: true }).inputValue()).toBe(ola.id);
    await admin.getByLabel('Role to grant').selectOption({ label: 'Editor' });
    await admin.getByRole('button', { name: 'Grant role' }).click();
    await eventually(() => status(admin).innerText()).toBe('Ola Editor was given the role Editor.');

    // Ivan by email, as a reviewer.
    await admin.getByLabel('User', { exact: true }).selectOption({
      label: `Ivan Reviewer <${ivan.email}>`,
    });
    await admin.getByLabel('Role to grant').selectOption({ label: 'Reviewer' });
    await admin.getByRole('button', { name: 'Grant role' }).click();
    await eventually(() => status(admin).innerText()).toBe(
      'Ivan Reviewer was given the role Reviewer.',
    );
    // Members already in the group are no longer offered (once the form has redrawn).
    await eventually(async () =>
      (await admin.locator('#grant-user option').allInnerTexts()).some(
        (o) => o.includes(ola.email) || o.includes(ivan.email),
      ),
    ).toBe(false);

    const olaPage = await signInThroughPage(await browser.newContext(), server, ola);
    const ivanPage = await signInThroughPage(await browser.newContext(), server, ivan);
    expect(await homeRole(olaPage)).toBe('Editor');
    expect(await homeRole(ivanPage)).toBe('Reviewer');

    await admin
      .getByLabel('Role of Ivan Reviewer', { exact: true })
      .selectOption({ label: 'Observer' });
    await eventually(() => status(admin).innerText()).toBe('Ivan Reviewer is now Observer.');
    await eventually(() => homeRole(ivanPage)).toBe('Observer');

    await admin.getByRole('button', { name: 'Revoke the role of Ivan Reviewer' }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
    await eventually(() => status(admin).innerText()).toBe(
      'Ivan Reviewer no longer has a role on this standard.',
    );
    await eventually(() => admin.locator('tr[data-user]').count()).toBe(1);
    await eventually(() => homeRole(ivanPage)).toBeNull();
    expect(await homeRole(olaPage)).toBe('Editor');
  });

  it('an admin creates an agency and a user whose generated password is shown once; disabling locks them out', async () => {
    await admin.getByRole('link', { name: 'Users', exact: true }).click();
    await admin.getByRole('heading', { name: 'Users and agencies' }).waitFor();
    await admin.getByLabel('Code (short, e.g. MSP)').fill('CNGO');
    await admin.getByLabel('Name', { exact: true }).fill('Illustrative Child Support NGO');
    await admin.getByLabel('Kind').selectOption('ngo');
    await admin.getByRole('button', { name: 'Create agency' }).click();
    await eventually(() => formStatus(admin, 'form:has(#agency-code)').innerText()).toBe(
      'Agency CNGO created.',
    );
    await admin.getByText('Illustrative Child Support NGO (CNGO) — Non-governmental').waitFor();

    await admin.getByLabel('Email', { exact: true }).fill('nina.new@example.test');
    await admin.getByLabel('Full name').fill('Nina New');
    await admin.getByLabel('Agency', { exact: true }).selectOption('CNGO');
    await admin.getByRole('button', { name: 'Create user' }).click();
    await eventually(() => formStatus(admin, 'form:has(#user-email)').innerText()).toBe(
      'User nina.new@example.test created.',
    );
    const password = await admin.getByTestId('generated-password').innerText();
    expect(password.length).toBeGreaterThanOrEqual(12);
    const nina = admin.locator('tr', { hasText: 'nina.new@example.test' });
    await eventually(() => nina.innerText()).toContain('Illustrative Child Support NGO');

    const ninaContext = await browser.newContext();
    const ninaPage = await signIn(ninaContext, server, 'nina.new@example.test', password);
    await ninaPage.waitForSelector('h1:text("Your standards")');
    // Nina is no admin: no admin links in her header, and the admin page refuses her.
    expect(await ninaPage.getByRole('link', { name: 'Audit' }).count()).toBe(0);
    await ninaPage.goto(`${server.url}/edit/admin/users`);
    await ninaPage.getByText('Only platform administrators can use this page.').waitFor();

    await admin.getByRole('button', { name: 'Disable Nina New' }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Disable' }).click();
    await eventually(() => status(admin).innerText()).toBe('Nina New is disabled.');
    // The table redraws just after the status line: poll rather than read once.
    await eventually(() => nina.innerText()).toContain('disabled');
    const again = await signIn(
      await browser.newContext(),
      server,
      'nina.new@example.test',
      password,
    );
    await eventually(() => again.locator('.message.error').innerText()).not.toBe('');
    expect(new URL(again.url()).pathname).toBe('/edit/sign-in');

    await admin.getByRole('button', { name: 'Enable Nina New' }).click();
    await eventually(() => status(admin).innerText()).toBe('Nina New is enabled.');
    // The password is not shown again after the page is reloaded.
    await admin.reload();
    await admin.getByRole('heading', { name: 'Users and agencies' }).waitFor();
    expect(await admin.getByTestId('generated-password').count()).toBe(0);
  });

  it('an admin corrects a user, gives them a new password, and renames an agency', async () => {
    await admin.goto(`${server.url}/edit/admin/users`);
    await admin.getByRole('heading', { name: 'Users and agencies' }).waitFor();
    // A typo in the name and the wrong agency, corrected in a dialog.
    await admin.getByRole('button', { name: 'Edit Nina New' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel('Full name').fill('Nina Newman');
    await dialog.getByLabel('Agency').selectOption('');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await eventually(() => status(admin).innerText()).toBe('Nina Newman is saved.');
    const nina = admin.locator('tr', { hasText: 'nina.new@example.test' });
    await eventually(() => nina.locator('th').innerText()).toBe('Nina Newman');
    expect(await nina.locator('td').nth(1).innerText()).toBe('');

    // A forgotten password: a new one, shown once, that signs her in.
    await admin.getByRole('button', { name: 'New password for Nina Newman' }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'New password' }).click();
    const password = await admin.getByTestId('reset-password').innerText();
    expect(password.length).toBeGreaterThanOrEqual(12);
    const ninaPage = await signIn(
      await browser.newContext(),
      server,
      'nina.new@example.test',
      password,
    );
    await ninaPage.waitForSelector('h1:text("Your standards")');

    // A renamed agency keeps its code.
    await admin.getByRole('button', { name: 'Rename agency CNGO' }).click();
    await admin.getByRole('dialog').getByLabel('Name').fill('Illustrative Children’s Charity');
    await admin.getByRole('dialog').getByRole('button', { name: 'Rename' }).click();
    await admin.getByText('Illustrative Children’s Charity (CNGO) — Non-governmental').waitFor();
  });

  it('the audit log filters by action and exports the same filter as CSV', async () => {
    await admin.getByRole('link', { name: 'Audit', exact: true }).click();
    await admin.getByRole('heading', { name: 'Audit log' }).waitFor();
    await eventually(() => status(admin).innerText()).toMatch(/^\d+ entries shown\.$/);
    await admin.getByLabel('Action (e.g. member.grant)').fill('member.grant');
    await admin.getByRole('button', { name: 'Apply filters' }).click();
    await eventually(() => status(admin).innerText()).toBe('3 entries shown.');
    await eventually(() =>
      admin.locator('.audit-table tbody tr td:nth-child(2)').allInnerTexts(),
    ).toEqual(['member.grant', 'member.grant', 'member.grant']);
    await eventually(() => admin.locator('.audit-table tbody').innerText()).toContain(SLUG);

    const href = await admin.getByRole('link', { name: 'Export as CSV' }).getAttribute('href');
    expect(href).toContain('action=member.grant');
    const csv = await admin.request.get(`${server.url}${href ?? ''}`);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const text = await csv.text();
    expect(text).toContain('member.grant');
    expect(text).not.toContain('user.create');
  });
});

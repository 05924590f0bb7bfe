// Accord's three journeys end to end in real Chromium, one signed-in context per person:
// an admin sets up a working group, two editors draft together, a reviewer comments and an
// editor disposes, the admin publishes 1.0 and 1.1, and the rebuilt site shows the standard,
// what changed and that 1.0 is superseded. With UPDATE_SCREENSHOTS=1 it also writes the
// README walkthrough's pictures to docs/screenshots/.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildEditorOnce,
  launchChromium,
  signInThroughPage,
  waitSaved,
  type TestUser,
} from '../helpers/editor-setup.ts';
import { blockWithText, caretAtEndOf, selectWords } from '../helpers/journey-editor.ts';
import { makeJourneyPeople } from '../helpers/journey-people.ts';
import { EDITOR_VIEWPORT, PHONE_VIEWPORT, shot } from '../helpers/journey-shots.ts';
import { waitForSitePage } from '../helpers/journey-site.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const SLUG = 'child-referral';
const TITLE = 'Referral of children at risk — illustrative test standard';
const panel = (page: Page) => page.locator('[data-testid="review-panel"]');
const thread = (page: Page) => panel(page).locator('.thread');
const number = (page: Page, kind: 'clause' | 'provision', text: string) =>
  blockWithText(page, kind, text).getAttribute('data-number');

describe('journeys: set up, draft and review, publish and read', () => {
  let server: TestServer;
  let browser: Browser;
  let amira: TestUser;
  let ben: TestUser;
  let rosa: TestUser;
  let omar: TestUser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    await buildEditorOnce();
    // Default options: the server really rebuilds the site in its temp folder after a publish.
    server = await startTestServer();
    browser = await launchChromium();
    ({ amira, ben, rosa, omar } = await makeJourneyPeople(server));
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.dispose();
  });

  async function context(viewport = EDITOR_VIEWPORT): Promise<BrowserContext> {
    const made = await browser.newContext({ viewport });
    contexts.push(made);
    return made;
  }

  async function signInAdmin(): Promise<Page> {
    const page = await (await context()).newPage();
    await page.goto(`${server.url}/edit/sign-in`);
    await page.getByLabel('Email').fill(server.config.ACCORD_ADMIN_EMAIL);
    await page.getByLabel('Password').fill('test-admin-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Your standards' }).waitFor();
    return page;
  }

  async function openDraftAs(user: TestUser): Promise<Page> {
    const page = await signInThroughPage(await context(), server, user);
    await page.getByRole('link', { name: TITLE, exact: true }).click();
    await page.waitForURL(`**/edit/s/${SLUG}`);
    await waitSaved(page);
    await panel(page).locator('.round-state').waitFor();
    return page;
  }

  /** An editor freezes the draft as `version` from the Releases page. */
  async function createCandidate(page: Page, version: string, note: string): Promise<void> {
    await page.goto(`${server.url}/edit/s/${SLUG}/releases`);
    const form = page.getByRole('form', { name: 'Create release candidate' });
    await expect.poll(() => form.getByLabel(/^Version/).inputValue()).toBe(version);
    await form.getByLabel('Change note').fill(note);
    await form.getByLabel('Effective date').fill('2027-01-01');
    // The first release needs a summary of what the standard covers; later ones keep it.
    const summary = form.getByLabel(/^Summary/);
    if (await summary.evaluate((el) => (el as HTMLTextAreaElement).required))
      await summary.fill('How practitioners refer a child at risk to the designated service.');
    await form.getByRole('button', { name: 'Create release candidate' }).click();
    // Either outcome shows a message; asserting its text reports the server's reason on failure.
    const outcome = page.getByText(/^(Release candidate .* created\.|Not done: .*)$/);
    expect(await outcome.innerText()).toBe(`Release candidate ${version} created.`);
  }

  /** The admin approves then publishes `version` from the Releases page, confirming each. */
  async function approveAndPublish(page: Page, version: string): Promise<void> {
    await page.goto(`${server.url}/edit/s/${SLUG}/releases`);
    for (const [action, done] of [
      ['Approve', 'approved'],
      ['Publish', 'published'],
    ] as const) {
      const row = page.locator(`tr[data-version="${version}"]`);
      await row.getByRole('button', { name: `${action} ${version}` }).click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: `${action} ${version}` })
        .click();
      await page.getByText(`Version ${version} ${done}.`).waitFor();
    }
  }

  it('from an empty standard to 1.1 on the published site', async () => {
    // 1. The admin creates the standard and grants roles on its Members page.
    const admin = await signInAdmin();
    await admin.getByLabel(/^Short name for addresses/).fill(SLUG);
    await admin.getByLabel('Title').fill(TITLE);
    await admin.getByRole('button', { name: 'Create standard' }).click();
    await admin.waitForURL(`**/edit/s/${SLUG}`);
    await admin.goto(`${server.url}/edit/s/${SLUG}/members`);
    const grants: [TestUser, string][] = [
      [amira, 'Editor'],
      [ben, 'Editor'],
      [rosa, 'Reviewer'],
      [omar, 'Observer'],
    ];
    const members = admin.getByRole('table', { name: 'Working group' });
    for (const [user, role] of grants) {
      const form = admin.getByRole('form', { name: 'Grant a role' });
      await form.getByLabel('Find a user by name or email').fill(user.name);
      await form
        .getByLabel('User', { exact: true })
        .selectOption({ label: `${user.name} <${user.email}>` });
      await form.getByLabel('Role to grant').selectOption({ label: role });
      await form.getByRole('button', { name: 'Grant role' }).click();
      await admin.getByText(`${user.name} was given the role ${role}.`).waitFor();
      // The table and the form are redrawn together: wait for the row before the next grant.
      await members.getByRole('rowheader', { name: user.name }).waitFor();
    }
    await expect.poll(() => members.locator('tbody tr').count()).toBe(4);
    await admin.evaluate(() => window.scrollTo(0, 0));
    await shot(admin, '1-members');

    // 2. Two editors write the first clauses together and see each other's text live.
    const a = await openDraftAs(amira);
    const b = await openDraftAs(ben);
    await a.locator('.standard-text').click();
    await a.keyboard.type('Scope');
    await a.keyboard.press('Control+Alt+1');
    await a.keyboard.press('Enter');
    await a.keyboard.type('This standard applies to practitioners who refer children at risk.');
    await a.keyboard.press('Control+Alt+0');
    await waitSaved(a);
    // Ben waits for the whole sentence: splitting it while it arrives would move its tail.
    await expect.poll(() => number(b, 'provision', 'children at risk.')).toBe('1.1');

    await caretAtEndOf(blockWithText(b, 'provision', 'applies to practitioners'));
    await b.keyboard.press('Enter');
    await b.keyboard.type('Referral');
    await b.keyboard.press('Control+Alt+1');
    await b.keyboard.press('Enter');
    await b.keyboard.type('The practitioner shall refer the child to the designated service.');
    await b.keyboard.press('Control+Alt+s');
    await waitSaved(b);
    await expect.poll(() => number(a, 'provision', 'designated service.')).toBe('2.1');
    await expect.poll(() => number(a, 'clause', 'Referral')).toBe('2');

    // Both type at once: Amira extends 1.1 while Ben adds a recommendation under clause 2.
    await caretAtEndOf(blockWithText(a, 'provision', 'applies to practitioners'));
    await caretAtEndOf(blockWithText(b, 'provision', 'designated service'));
    await b.keyboard.press('Enter');
    await Promise.all([
      a.keyboard.type(' It is illustrative.', { delay: 15 }),
      b.keyboard.type('The referral should be recorded on the same day.', { delay: 15 }),
    ]);
    await b.keyboard.press('Control+Alt+h');
    await waitSaved(a);
    await waitSaved(b);
    for (const page of [a, b]) {
      await expect.poll(() => number(page, 'provision', 'It is illustrative.')).toBe('1.1');
      await expect.poll(() => number(page, 'provision', 'designated service')).toBe('2.1');
      await expect.poll(() => number(page, 'provision', 'same day')).toBe('2.2');
    }
    await expect.poll(() => a.locator('.presence-person').allInnerTexts()).toContain('Ben Editor');
    await shot(a, '2-co-editing');
    // The observer follows the same text, read-only.
    const o = await openDraftAs(omar);
    await o.getByTestId('read-only-notice').waitFor();
    await expect.poll(() => number(o, 'provision', 'same day')).toBe('2.2');
    expect(await o.locator('.standard-text').getAttribute('contenteditable')).toBe('false');

    // 3. Amira opens a consultation round; Rosa comments on words; Amira sees it and disposes.
    await panel(a).locator('summary', { hasText: 'Open a round' }).click();
    await panel(a).getByLabel('Name of the round').fill('Public consultation');
    await panel(a)
      .getByLabel('Closing date')
      .fill(`${new Date().getFullYear() + 1}-12-31`);
    await panel(a).getByRole('button', { name: 'Open round' }).click();
    const r = await openDraftAs(rosa);
    await expect
      .poll(() => panel(r).locator('.round-state').getAttribute('data-round-open'))
      .toBe('true');
    await selectWords(r, 'designated service');
    await r.keyboard.press('Control+Alt+KeyM');
    const compose = panel(r).locator('form.compose-form');
    await expect
      .poll(() => compose.locator('.target').innerText())
      .toBe('On 2.1: “designated service”');
    await compose.getByLabel('Type of comment').selectOption('technical');
    await compose
      .getByLabel('Comment', { exact: true })
      .fill('Name the service in the annex so practitioners know where to turn.');
    await compose.getByRole('button', { name: 'Add comment' }).click();
    await expect.poll(() => thread(a).count()).toBe(1);
    await expect.poll(() => thread(a).first().locator('.place').innerText()).toBe('2.1');
    await thread(a).first().getByRole('button', { name: 'Dispose' }).click();
    await thread(a).first().getByLabel('Disposition').selectOption('accepted');
    await thread(a)
      .first()
      .getByLabel('Observation')
      .fill('Accepted: the annex will list the designated services.');
    await thread(a).first().getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => thread(r).first().locator('div.disposition').innerText())
      .toContain('Accepted by Amira Editor');
    await shot(a, '3-review');
    // With every comment disposed, Amira closes the round (freezing during it would ask first).
    await panel(a).getByRole('button', { name: 'Close round' }).click();
    await a.getByRole('dialog').getByRole('button', { name: 'Close round' }).click();
    await expect
      .poll(() => panel(a).locator('.round-state').getAttribute('data-round-open'))
      .toBe('false');

    // 4. Amira freezes 1.0 as a candidate; the admin approves and publishes it.
    await createCandidate(a, '1.0', 'First edition.');
    await approveAndPublish(admin, '1.0');
    await shot(admin, '4-releases');

    // 5. The rebuilt site shows the standard with its numbered clauses, on a phone.
    await waitForSitePage(`${server.url}/${SLUG}/`, 'designated service');
    const reader = await (await context(PHONE_VIEWPORT)).newPage();
    await reader.goto(`${server.url}/${SLUG}/`);
    await reader.getByRole('heading', { name: TITLE }).waitFor();
    // A clause heading's name starts with its number (then a permalink's label).
    await reader.getByRole('heading', { name: /^1 Scope/ }).waitFor();
    await reader.getByRole('heading', { name: /^2 Referral/ }).waitFor();
    await reader.getByText('to the designated service.').waitFor();
    await shot(reader, '5-site');

    // 6. An editor amends provision 2.1; 1.1 is frozen, approved and published.
    const b2 = await openDraftAs(ben);
    await caretAtEndOf(blockWithText(b2, 'provision', 'designated service'));
    await b2.keyboard.press('Backspace');
    await b2.keyboard.type(' without delay and inform the child in words they understand.');
    await waitSaved(b2);
    await createCandidate(b2, '1.1', 'Referral without delay; the child is informed.');
    await approveAndPublish(admin, '1.1');

    // 7. The site shows what changed in 1.1, and 1.0 says it is superseded.
    await waitForSitePage(`${server.url}/${SLUG}/1.1/changes/`, 'without delay');
    await reader.goto(`${server.url}/${SLUG}/1.1/changes/`);
    await reader.getByRole('heading', { name: 'What changed in version 1.1' }).waitFor();
    expect(await reader.locator('main').innerText()).toContain('without delay');
    await shot(reader, '6-changes');
    await reader.goto(`${server.url}/${SLUG}/1.0/`);
    await expect
      .poll(() => reader.getByRole('complementary').first().innerText())
      .toContain('Version 1.0 has been superseded. The current version is 1.1.');
    await shot(reader, '7-superseded');
  }, 240_000);
});

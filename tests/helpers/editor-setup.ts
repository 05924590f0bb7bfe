// Test set-up for the browser editor: build it once, make users, standards and seeded drafts.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createStandard } from '../../server/accounts/standards.ts';
import { grantRole } from '../../server/accounts/members.ts';
import { createUser } from '../../server/accounts/users.ts';
import type { Role } from '../../server/auth/permissions.ts';
import { ensureEditorBuilt } from '../../server/editor-assets/index.ts';
import { seedDocumentIfEmpty } from '../../server/store/index.ts';
import { modelToYUpdate, type ModelDoc } from '../../model/index.ts';
import { chromiumArgs, chromiumPath } from '../../server/chromium.ts';
import { startTestServer, type TestServer } from './server.ts';

let building: Promise<void> | null = null;

/** Use in beforeAll of editor browser tests: builds editor/dist unless it is up to date. */
export function buildEditorOnce(): Promise<void> {
  building ??= ensureEditorBuilt({ rebuildStale: true }).then((result) => {
    if (!result.ok) throw new Error(`editor build failed: ${result.message}`);
  });
  return building;
}

/** One Chromium for a test file; each user gets a context of their own (own cookies). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs],
  });
}

export const TEST_PASSWORD = 'correct horse battery';

export interface TestUser {
  id: string;
  email: string;
  name: string;
}

/** Use to make a user straight in the database (the accounts module's own function). */
export async function makeUser(server: TestServer, name: string): Promise<TestUser> {
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@example.test`;
  const created = await createUser(server.db, {
    email,
    name,
    agencyId: null,
    isAdmin: false,
    password: TEST_PASSWORD,
  });
  if (!created.ok) throw new Error(created.error);
  return { id: created.user.id, email, name };
}

/** Use to make a standard whose draft holds `content` (seeded by the server, as in production). */
export function makeStandard(
  server: TestServer,
  slug: string,
  content: ModelDoc,
  members: { user: TestUser; role: Role }[],
): { id: string; document: string } {
  const created = createStandard(server.db, {
    slug,
    title: `Standard ${slug}`,
    language: 'en',
    createdBy: null,
  });
  if (!created.ok) throw new Error(created.error);
  const { standard } = created;
  for (const { user, role } of members)
    grantRole(server.db, { standardId: standard.id, userId: user.id, role, grantedBy: null });
  seedDocumentIfEmpty(server.store, standard.document, modelToYUpdate(content));
  return { id: standard.id, document: standard.document };
}

/** Use to sign a user in through the sign-in page; returns once the home page shows. */
export async function signInThroughPage(
  context: BrowserContext,
  server: TestServer,
  user: TestUser,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}/edit/sign-in`);
  await page.fill('#email', user.email);
  await page.fill('#password', TEST_PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForSelector('h1:text("Your standards")');
  return page;
}

/** Use to open a draft and wait until it is synced with the server. */
export async function openDraft(page: Page, server: TestServer, slug: string): Promise<void> {
  await page.goto(`${server.url}/edit/s/${slug}`);
  // Generous: the machine running the tests may be busy.
  await page.waitForSelector('.status[data-state="saved"]', { timeout: 60_000 });
  await page.waitForSelector('.standard-text [data-type="clause"], .standard-text p');
}

/** One editor signed in on one seeded draft, with the server and Chromium behind it. */
export interface OneEditor {
  server: TestServer;
  browser: Browser;
  page: Page;
  /** Close Chromium and the server; call in afterAll. */
  close(): Promise<void>;
}

/** Use in beforeAll of a file that needs only Eve, an editor, on a draft seeded with `content`. */
export async function openOneEditor(slug: string, content: ModelDoc): Promise<OneEditor> {
  await buildEditorOnce();
  const server = await startTestServer();
  const browser = await launchChromium();
  const eve = await makeUser(server, 'Eve Editor');
  makeStandard(server, slug, content, [{ user: eve, role: 'editor' }]);
  const page = await signInThroughPage(await browser.newContext(), server, eve);
  await openDraft(page, server, slug);
  return {
    server,
    browser,
    page,
    async close() {
      await browser.close();
      await server.dispose();
    },
  };
}

/** Use to wait until the draft reports every change saved on the server. */
export async function waitSaved(page: Page): Promise<void> {
  await page.waitForSelector('.status[data-state="saved"]', { timeout: 60_000 });
}

/** The text of the draft as the reader sees it, block by block (numbers excluded). */
export function draftBlocks(page: Page): Promise<string[]> {
  return page.$$eval('.standard-text > *', (els) =>
    els.map((el) => (el as HTMLElement).innerText.trim()),
  );
}

/** Runs in the page: an element's text without other people's caret labels. */
export function textWithoutCarets(el: Element): string {
  const copy = el.cloneNode(true) as HTMLElement;
  for (const caret of copy.querySelectorAll('.collab-caret')) caret.remove();
  return (copy.textContent ?? '').trim();
}

/** The text of one block (by id) without other people's caret labels. */
export function blockText(page: Page, id: string): Promise<string> {
  return page.$eval(`.standard-text [data-id="${id}"]`, textWithoutCarets);
}

/** Whether an element matching `selector` is on the page and visible. */
export function isVisible(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().isVisible();
}

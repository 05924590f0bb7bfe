import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantRole } from '../../server/accounts/members.ts';
import { FIXTURE, fixtureStandard } from '../helpers/editor-fixture.ts';
import {
  blockText,
  buildEditorOnce,
  draftBlocks,
  isVisible,
  launchChromium,
  makeStandard,
  makeUser,
  openDraft,
  signInThroughPage,
  waitSaved,
  type TestUser,
} from '../helpers/editor-setup.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const block = (page: Page, id: string) => page.locator(`.standard-text [data-id="${id}"]`);

/** Where a top-level block (by id) sits in the draft. */
function blockIndex(page: Page, id: string): Promise<number> {
  return page.$$eval(
    '.standard-text > *',
    (els, wanted) => els.findIndex((el) => el.getAttribute('data-id') === wanted),
    id,
  );
}

/** Put the caret at the end of a block's text. */
async function caretAtEnd(page: Page, id: string): Promise<void> {
  await block(page, id).click();
  await page.keyboard.press('End');
}

describe('the draft editor with two people', () => {
  let server: TestServer;
  let browser: Browser;
  let alice: TestUser;
  let bob: TestUser;
  let rita: TestUser;
  let carol: TestUser;
  const contexts: BrowserContext[] = [];
  let counter = 0;

  beforeAll(async () => {
    await buildEditorOnce();
    server = await startTestServer();
    browser = await launchChromium();
    alice = await makeUser(server, 'Alice Editor');
    bob = await makeUser(server, 'Bob Editor');
    rita = await makeUser(server, 'Rita Reviewer');
    carol = await makeUser(server, 'Carol Editor');
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.dispose();
  });

  /** A fresh standard and one signed-in page per user, each on the draft. */
  async function session(
    users: TestUser[],
    roles: ('editor' | 'reviewer')[],
  ): Promise<{ pages: Page[]; contexts: BrowserContext[] }> {
    counter += 1;
    const slug = `draft-${counter}`;
    makeStandard(
      server,
      slug,
      fixtureStandard(),
      users.map((user, i) => ({ user, role: roles[i] ?? 'editor' })),
    );
    const mine: BrowserContext[] = [];
    const pages: Page[] = [];
    for (const user of users) {
      const context = await browser.newContext();
      contexts.push(context);
      mine.push(context);
      const page = await signInThroughPage(context, server, user);
      await openDraft(page, server, slug);
      pages.push(page);
    }
    return { pages, contexts: mine };
  }

  it('two editors typing into the same provision at once end with the same text', async () => {
    const { pages } = await session([alice, bob], ['editor', 'editor']);
    const [a, b] = pages as [Page, Page];
    // Alice writes at the start of the provision while Bob writes at its end.
    await block(a, FIXTURE.provision1).click();
    await a.keyboard.press('Home');
    await caretAtEnd(b, FIXTURE.provision1);
    await Promise.all([
      a.keyboard.type('Alpha one alpha two. ', { delay: 10 }),
      b.keyboard.type(' Beta one beta two.', { delay: 10 }),
    ]);
    await waitSaved(a);
    await waitSaved(b);
    const expected =
      'Alpha one alpha two. This illustrative standard applies to practitioners. Beta one beta two.';
    await expect.poll(() => blockText(a, FIXTURE.provision1)).toBe(expected);
    await expect.poll(() => blockText(b, FIXTURE.provision1)).toBe(expected);
    // Numbers survive remote changes; each sees the other, by name, with a named caret.
    expect(await block(b, FIXTURE.provision1).getAttribute('data-number')).toBe('1.1');
    await expect.poll(() => a.locator('.presence-person').allInnerTexts()).toContain('Bob Editor');
    await expect
      .poll(() => a.locator('.collab-caret-label', { hasText: 'Bob Editor' }).count())
      .toBe(1);
  });

  it('inserting a clause before clause 4 renumbers it to 5 and the cross-reference follows', async () => {
    const { pages } = await session([alice, bob], ['editor', 'editor']);
    const [a, b] = pages as [Page, Page];
    await expect.poll(() => block(a, FIXTURE.clause4).getAttribute('data-number')).toBe('4');
    await expect
      .poll(() => a.locator(`.cross-ref[data-target="${FIXTURE.clause4}"]`).innerText())
      .toBe('4');

    await caretAtEnd(a, FIXTURE.refProvision);
    await a.keyboard.press('Enter');
    await a.keyboard.type('Assessment');
    await a.keyboard.press('Control+Alt+1');

    await expect.poll(() => block(a, FIXTURE.clause4).getAttribute('data-number')).toBe('5');
    await expect
      .poll(() => a.locator(`.cross-ref[data-target="${FIXTURE.clause4}"]`).innerText())
      .toBe('5');
    await expect
      .poll(() =>
        a.locator('h1[data-type="clause"]', { hasText: 'Assessment' }).getAttribute('data-number'),
      )
      .toBe('4');
    // The new paragraph became a clause with a fresh clause id, not the provision's.
    expect(
      await a.locator('h1[data-type="clause"]', { hasText: 'Assessment' }).getAttribute('data-id'),
    ).toMatch(/^c-/);
    // The other editor sees the same numbers, in the text and in the outline.
    await expect
      .poll(() => b.locator(`.cross-ref[data-target="${FIXTURE.clause4}"]`).innerText())
      .toBe('5');
    await expect
      .poll(() =>
        b.locator(`.outline-item[data-clause-id="${FIXTURE.clause4}"] .number`).innerText(),
      )
      .toBe('5');
  });

  it('a validation warning stays beside its clause while others type, and clears when fixed', async () => {
    const { pages } = await session([alice, bob], ['editor', 'editor']);
    const [a, b] = pages as [Page, Page];
    const marked = (page: Page) =>
      page.locator(`.standard-text [data-id="${FIXTURE.clause4}"].has-finding`).count();
    const badge = (page: Page) =>
      page.locator(`.outline-item[data-clause-id="${FIXTURE.clause4}"] .warning-badge`).count();

    // Alice empties the title of clause 4: a clause needs a title.
    await caretAtEnd(a, FIXTURE.clause4);
    for (let i = 0; i < 'Referral'.length; i++) await a.keyboard.press('Backspace');
    await expect.poll(() => marked(a)).toBe(1);
    await expect.poll(() => badge(a)).toBe(1);
    await expect.poll(() => marked(b)).toBe(1);

    // Bob types elsewhere; the moment his words reach Alice, her warning is still shown.
    await caretAtEnd(b, FIXTURE.provision1);
    await b.keyboard.type(' Bob adds a sentence.');
    await expect.poll(() => blockText(a, FIXTURE.provision1)).toContain('Bob adds a sentence.');
    expect(await marked(a)).toBe(1);
    expect(await badge(a)).toBe(1);

    // A title again: the warning goes, for both.
    await a.keyboard.type('Referral');
    await expect.poll(() => marked(a)).toBe(0);
    await expect.poll(() => badge(a)).toBe(0);
    await expect.poll(() => marked(b)).toBe(0);
  });

  it('a reviewer sees the read-only notice and cannot change the text', async () => {
    const { pages } = await session([alice, rita], ['editor', 'reviewer']);
    const [a, r] = pages as [Page, Page];
    expect(await isVisible(r, '[data-testid="read-only-notice"]')).toBe(true);
    expect(await r.locator('.standard-text').getAttribute('contenteditable')).toBe('false');
    const before = await blockText(r, FIXTURE.provision1);
    await block(r, FIXTURE.provision1).click();
    await r.keyboard.type('reviewer text');
    await r.keyboard.press('Enter');
    expect(await blockText(r, FIXTURE.provision1)).toBe(before);
    // The editor's change still reaches the reviewer: the view is live, only read-only.
    await caretAtEnd(a, FIXTURE.provision1);
    await a.keyboard.type(' edited');
    await expect.poll(() => blockText(r, FIXTURE.provision1)).toContain('edited');
    expect(await blockText(a, FIXTURE.provision1)).not.toContain('reviewer text');
  });

  it('edits made offline are kept and merge with the other editor’s on reconnect', async () => {
    const {
      pages,
      contexts: [aliceContext],
    } = await session([alice, bob], ['editor', 'editor']);
    const [a, b] = pages as [Page, Page];
    await aliceContext?.setOffline(true);
    await a.waitForSelector('.status[data-state="offline"]');

    await caretAtEnd(a, FIXTURE.provision1);
    await a.keyboard.type(' written offline');
    await expect.poll(() => a.locator('.status').innerText()).toContain('unsynced');
    await caretAtEnd(b, 'p-prov0002');
    await b.keyboard.type(' written online');
    await waitSaved(b);
    // Bob cannot see Alice's offline words yet.
    expect(await blockText(b, FIXTURE.provision1)).not.toContain('written offline');

    // Going to another page of the app would drop them: Alice is asked first, and stays.
    const draftUrl = a.url();
    await a.getByRole('link', { name: 'Account' }).click();
    const leave = a.getByRole('dialog');
    await expect.poll(() => leave.innerText()).toContain('Leave with unsaved changes?');
    await leave.getByRole('button', { name: 'Cancel' }).click();
    await leave.waitFor({ state: 'detached' });
    expect(a.url()).toBe(draftUrl);
    expect(await blockText(a, FIXTURE.provision1)).toContain('written offline');

    await aliceContext?.setOffline(false);
    await waitSaved(a);
    for (const page of [a, b]) {
      await expect.poll(() => blockText(page, FIXTURE.provision1)).toContain('written offline');
      await expect.poll(() => blockText(page, 'p-prov0002')).toContain('written online');
    }
  });

  // Yjs has no move: a moved clause is re-created, and edits made inside the re-created copy
  // at the same moment would land in deleted text. The editor re-creates whichever of the two
  // swapped clauses nobody else is in, so Bob's words stay in the clause he was writing in.
  it.each([
    ['the clause being moved', 'p-prov0004'],
    ['the clause it moves past', FIXTURE.refProvision],
  ])(
    'a clause moved while someone writes offline in %s keeps their words in place',
    async (_where, target) => {
      const {
        pages,
        contexts: [, bobContext],
      } = await session([alice, bob], ['editor', 'editor']);
      const [a, b] = pages as [Page, Page];
      await caretAtEnd(b, target);
      // Alice sees where Bob is before he drops off.
      await a.waitForSelector(`.standard-text [data-id="${target}"] .collab-caret`);
      await bobContext?.setOffline(true);
      await b.waitForSelector('.status[data-state="offline"]');
      await b.keyboard.type(' Added offline by Bob.');

      await a.click(`[data-clause-id="${FIXTURE.clause4}"] .move-up`);
      await expect.poll(() => blockIndex(a, FIXTURE.clause4)).toBe(4);
      await waitSaved(a);

      await bobContext?.setOffline(false);
      await waitSaved(b);
      for (const page of [a, b]) {
        await expect.poll(() => blockText(page, target)).toContain('Added offline by Bob.');
        const blocks = await draftBlocks(page);
        expect(blocks.filter((t) => t.includes('Added offline by Bob.'))).toHaveLength(1);
        expect(await blockIndex(page, FIXTURE.clause4)).toBe(4);
        expect(await blockIndex(page, 'c-clause0003')).toBe(6);
      }
      expect(await draftBlocks(a)).toEqual(await draftBlocks(b));
    },
  );

  // With others writing on both sides, a move cannot keep everyone's words: it asks first.
  it('moving a clause while others write in both swapped clauses asks first', async () => {
    const { pages } = await session([alice, bob, carol], ['editor', 'editor', 'editor']);
    const [a, b, c] = pages as [Page, Page, Page];
    await caretAtEnd(b, 'p-prov0004');
    await caretAtEnd(c, FIXTURE.refProvision);
    await a.waitForSelector('.standard-text [data-id="p-prov0004"] .collab-caret');
    await a.waitForSelector(`.standard-text [data-id="${FIXTURE.refProvision}"] .collab-caret`);

    await a.click(`[data-clause-id="${FIXTURE.clause4}"] .move-up`);
    const dialog = a.getByRole('dialog');
    await expect
      .poll(() => dialog.innerText())
      .toContain('Writing in the clause you are moving: Bob Editor.');
    expect(await dialog.innerText()).toContain('Writing in the clause it passes: Carol Editor.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await blockIndex(a, FIXTURE.clause4)).toBe(6);

    await a.click(`[data-clause-id="${FIXTURE.clause4}"] .move-up`);
    await dialog.getByRole('button', { name: 'Move anyway' }).click();
    await expect.poll(() => blockIndex(a, FIXTURE.clause4)).toBe(4);
    await waitSaved(a);
    for (const page of [b, c]) await expect.poll(() => blockIndex(page, FIXTURE.clause4)).toBe(4);
  });

  // Both re-create the moved clause, so Yjs merges two identical copies: the editors remove
  // the same one, and the clause is there once (not twice, and not lost).
  it('two editors making the same move offline end with the clause once', async () => {
    const { pages, contexts: both } = await session([alice, bob], ['editor', 'editor']);
    const [a, b] = pages as [Page, Page];
    for (const context of both) await context.setOffline(true);
    for (const page of [a, b]) {
      // At once: the old socket may still be closing, but the draft must not claim "saved".
      await page.waitForSelector('.status[data-state="offline"]', { timeout: 5000 });
      await page.click(`[data-clause-id="${FIXTURE.clause4}"] .move-up`);
      await expect.poll(() => blockIndex(page, FIXTURE.clause4)).toBe(4);
    }
    for (const context of both) await context.setOffline(false);
    for (const page of [a, b]) await waitSaved(page);
    for (const page of [a, b]) {
      await expect
        .poll(() => page.$$eval('.standard-text > *', (els) => els.length))
        .toBe(await a.evaluate(() => document.querySelectorAll('.standard-text > *').length));
      const ids = await page.$$eval('.standard-text > [data-id]', (els) =>
        els.map((el) => el.getAttribute('data-id')),
      );
      expect(ids.filter((id) => id === FIXTURE.clause4)).toHaveLength(1);
      expect(new Set(ids).size).toBe(ids.length);
      expect(await blockIndex(page, FIXTURE.clause4)).toBe(4);
    }
    await expect
      .poll(async () => (await draftBlocks(a)).join('\n'))
      .toBe((await draftBlocks(b)).join('\n'));
  });

  it('an editor whose role is lowered while writing is told at once, and the text stops taking input', async () => {
    counter += 1;
    const made = makeStandard(server, `draft-${counter}`, fixtureStandard(), [
      { user: carol, role: 'editor' },
    ]);
    const context = await browser.newContext();
    contexts.push(context);
    const page = await signInThroughPage(context, server, carol);
    await openDraft(page, server, `draft-${counter}`);
    await caretAtEnd(page, FIXTURE.provision1);
    await page.keyboard.type(' Written before.');
    await waitSaved(page);

    // What the members page does when an admin makes Carol an observer.
    grantRole(server.db, {
      standardId: made.id,
      userId: carol.id,
      role: 'observer',
      grantedBy: null,
    });
    server.collab.disconnect({ userId: carol.id, documentName: made.document });
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toContain('Your role on this standard has changed');
    expect(await page.getAttribute('.standard-text', 'contenteditable')).toBe('false');
    expect(await page.locator('.status').innerText()).toBe('Read only now');
  });

  it('one undo takes back a phrase typed while someone else types elsewhere', async () => {
    const {
      pages: [a, b],
    } = await session([alice, bob], ['editor', 'editor']);
    if (!a || !b) throw new Error('two pages expected');
    await caretAtEnd(b, 'p-prov0005');
    await caretAtEnd(a, FIXTURE.provision1);
    const before = await blockText(a, FIXTURE.provision1);
    // Bob's letters (and his caret) reach Alice between hers.
    const bobTyping = b.keyboard.type(' Bob keeps writing about records here.', { delay: 40 });
    await a.keyboard.type(' alpha beta gamma delta.', { delay: 15 });
    await bobTyping;
    await expect.poll(() => blockText(a, 'p-prov0005')).toContain('about records here.');
    await a.keyboard.press('Control+z');
    await expect.poll(() => blockText(a, FIXTURE.provision1)).toBe(before);
    // Bob's text is his: Alice's undo left it.
    expect(await blockText(a, 'p-prov0005')).toContain('Bob keeps writing about records here.');
  });
});

// The review journey in real Chromium: a reviewer comments on words in clause 4.2, an editor
// sees it live and disposes of it, the export says 4.2; a clause inserted before it makes it
// 4.3 (same words, new export), and deleting the clause orphans the thread, still listed.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulletList, captioned, clause, doc, provision, table } from '../../model/builders.ts';
import { createAgency } from '../../server/accounts/agencies.ts';
import { createApiToken } from '../../server/auth/api-tokens.ts';
import { updateProfile } from '../../server/accounts/users.ts';
import { parseCsv } from '../../server/review/csv.ts';
import {
  buildEditorOnce,
  launchChromium,
  makeStandard,
  makeUser,
  openDraft,
  signInThroughPage,
  waitSaved,
  type TestUser,
} from '../helpers/editor-setup.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { selectWords } from '../helpers/journey-editor.ts';
import { reviewDraft } from '../integration/review-world.ts';

const SLUG = 'identification';
const LISTS_SLUG = 'signs-and-timelines';

/** Clause 1 with a list of signs and a table of timelines (illustrative). */
function listsDraft() {
  return doc(
    clause('c-lists01', 1, 'Recognising signs'),
    provision('p-lists01', 'statement', 'Practitioners look out for signs such as:'),
    bulletList('l-signs01', 'Changes in behaviour', 'Gifts that cannot be explained'),
    captioned(
      'Referral timelines',
      table('tb-times01', ['Situation', 'Within'], ['Immediate danger', 'At once']),
    ),
  );
}
const block = (page: Page, id: string) => page.locator(`.standard-text [data-id="${id}"]`);
const panel = (page: Page) => page.locator('[data-testid="review-panel"]');
const thread = (page: Page) => panel(page).locator('.thread');

async function exportRow(page: Page, server: TestServer): Promise<string[]> {
  const href = await panel(page).locator('.export a', { hasText: 'CSV' }).getAttribute('href');
  const res = await page.request.get(`${server.url}${href ?? ''}`);
  expect(res.status()).toBe(200);
  const parsed = parseCsv(await res.text());
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.rows[1] ?? [];
}

describe('review in the editor', () => {
  let server: TestServer;
  let browser: Browser;
  let editor: TestUser;
  let reviewer: TestUser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    await buildEditorOnce();
    server = await startTestServer();
    browser = await launchChromium();
    editor = await makeUser(server, 'Eda Editor');
    reviewer = await makeUser(server, 'Rev Reviewer');
    const moi = createAgency(server.db, {
      code: 'MOI',
      name: 'Ministry of Interior (illustrative)',
      kind: 'government',
    });
    if (!moi.ok) throw new Error(moi.error);
    updateProfile(server.db, reviewer.id, { agencyId: moi.agency.id });
    makeStandard(server, SLUG, reviewDraft(), [
      { user: editor, role: 'editor' },
      { user: reviewer, role: 'reviewer' },
    ]);
    makeStandard(server, LISTS_SLUG, listsDraft(), [
      { user: editor, role: 'editor' },
      { user: reviewer, role: 'reviewer' },
    ]);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.dispose();
  });

  /** The editor opens a round on `slug` through the API; returns the editor's API token. */
  async function openRoundThroughApi(slug: string, name: string): Promise<string> {
    const token = createApiToken(server.db, editor.id, `round ${slug}`).secret;
    const opened = await fetch(`${server.url}/api/standards/${slug}/rounds`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name, closesAt: `${new Date().getFullYear() + 1}-12-31` }),
    });
    expect(opened.status).toBe(201);
    return token;
  }

  async function open(user: TestUser): Promise<Page> {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await signInThroughPage(context, server, user);
    await openDraft(page, server, SLUG);
    await panel(page).locator('.round-state').waitFor();
    return page;
  }

  it('comment, live disposition, export, renumbering and orphaning', async () => {
    const e = await open(editor);
    const r = await open(reviewer);

    // The editor opens a consultation round from the panel; the reviewer's panel follows live.
    await panel(e).locator('summary', { hasText: 'Open a round' }).click();
    await panel(e).getByLabel('Name of the round').fill('Public consultation');
    await panel(e)
      .getByLabel('Closing date')
      .fill(`${new Date().getFullYear() + 1}-12-31`);
    await panel(e).getByRole('button', { name: 'Open round' }).click();
    await expect
      .poll(() => panel(r).locator('.round-state').getAttribute('data-round-open'))
      .toBe('true');

    // The reviewer selects words in 4.2 and comments, from the keyboard.
    await expect.poll(() => block(r, 'c-talk').getAttribute('data-number')).toBe('4.2');
    await selectWords(r, 'listen calmly', 'p-listen');
    await r.keyboard.press('Control+Alt+KeyM');
    const form = panel(r).locator('form.compose-form');
    await expect.poll(() => form.locator('.target').innerText()).toBe('On 4.2.1: “listen calmly”');
    await form.getByLabel('Type of comment').selectOption('technical');
    await r.keyboard.type('Say what to do when the child stays silent.');
    await form
      .getByLabel('Proposed change (optional)')
      .fill('Add: "and shall not press for detail".');
    await form.getByRole('button', { name: 'Add comment' }).click();
    await expect.poll(() => thread(r).count()).toBe(1);

    // The editor sees it without reloading, with the passage highlighted in the text.
    await expect.poll(() => thread(e).count()).toBe(1);
    await expect.poll(() => thread(e).first().locator('.place').innerText()).toBe('4.2.1');
    await expect.poll(() => e.locator('.review-passage').innerText()).toBe('listen calmly');
    await expect
      .poll(() => e.locator('.outline-item[data-clause-id="c-talk"] .comment-count').innerText())
      .toBe('1');

    // Clicking the highlighted words opens the thread and leaves the caret in the text, where
    // the editor clicked to write (typing used to go nowhere: the card had the focus).
    await e.locator('.review-passage').click();
    await expect.poll(() => thread(e).first().getAttribute('class')).toContain('active');
    await e.keyboard.press('End');
    await e.keyboard.type(' X');
    await expect.poll(() => block(e, 'p-listen').innerText()).toContain('judgement. X');
    await e.keyboard.press('Backspace');
    await e.keyboard.press('Backspace');
    await waitSaved(e);

    // The editor disposes; the reviewer sees the disposition live.
    await thread(e).first().getByRole('button', { name: 'Dispose' }).click();
    await thread(e).first().getByLabel('Disposition').selectOption('accepted-in-part');
    await thread(e).first().getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => thread(e).first().locator('[role=alert]').innerText())
      .toContain('observation');
    await thread(e)
      .first()
      .getByLabel('Observation')
      .fill('A note on silence is added; the wording differs.');
    await thread(e).first().getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => thread(r).first().locator('div.disposition').innerText())
      .toContain('Accepted in part by Eda Editor');

    // Counts per agency, type and disposition in the round bar.
    const countOf = (key: string) =>
      panel(e).locator(`.round-counts li[data-key="${key}"]`).textContent();
    await expect.poll(() => countOf('accepted-in-part')).toBe('Accepted in part: 1');
    expect(await countOf('MOI')).toBe('MOI: 1');
    expect(await countOf('technical')).toBe('Technical: 1');

    let row = await exportRow(e, server);
    expect(row.slice(0, 5)).toEqual(['MOI', '4.2.1', '4.2', '', 'te']);
    expect(row[7]).toBe('Accepted in part: A note on silence is added; the wording differs.');

    // The editor inserts a clause before 4.2: it becomes 4.3, the thread keeps its words.
    await block(e, 'p-signs').click();
    await e.keyboard.press('End');
    await e.keyboard.press('Enter');
    await e.keyboard.type('Recording what was said');
    await e.keyboard.press('Control+Alt+2');
    await waitSaved(e);
    await expect.poll(() => block(e, 'c-talk').getAttribute('data-number')).toBe('4.3');
    await expect.poll(() => thread(r).first().locator('.place').innerText()).toBe('4.3.1');
    await expect.poll(() => e.locator('.review-passage').innerText()).toBe('listen calmly');
    await expect.poll(() => r.locator('.review-passage').innerText()).toBe('listen calmly');
    row = await exportRow(e, server);
    expect(row.slice(1, 3)).toEqual(['4.3.1', '4.3']);
    expect(row[9]).toBe('listen calmly');

    // Deleting the clause with its text orphans the thread; it stays listed with its quote.
    await block(e, 'c-talk').click();
    await e.keyboard.press('Home');
    await block(e, 'p-note').click({ modifiers: ['Shift'] });
    await e.keyboard.press('Shift+End');
    await e.keyboard.press('Backspace');
    await waitSaved(e);
    await expect.poll(() => block(e, 'p-listen').count()).toBe(0);
    // Both panels show it without a reload; a fresh page shows the same.
    for (const page of [e, r]) {
      await expect
        .poll(() => thread(page).first().locator('.orphan-note').innerText())
        .toBe('The commented text was deleted (last seen at 4.3.1).');
      expect(await thread(page).count()).toBe(1);
      expect(await thread(page).first().locator('.quote').innerText()).toBe('“listen calmly”');
      expect(await page.locator('.review-passage').count()).toBe(0);
    }
    await e.reload();
    // A loaded machine can be slow to serve the editor again: wait longer than the default.
    await panel(e).locator('.round-state').waitFor({ timeout: 90_000 });
    await expect
      .poll(() => thread(e).first().locator('.orphan-note').innerText())
      .toBe('The commented text was deleted (last seen at 4.3.1).');
  });

  it('a reviewer selects words with the keyboard alone and comments on them', async () => {
    const slug = 'keyboard-review';
    makeStandard(server, slug, reviewDraft(), [
      { user: editor, role: 'editor' },
      { user: reviewer, role: 'reviewer' },
    ]);
    await openRoundThroughApi(slug, 'Keyboard round');
    const context = await browser.newContext();
    contexts.push(context);
    const r = await signInThroughPage(context, server, reviewer);
    await openDraft(r, server, slug);
    await panel(r).locator('.round-state').waitFor();
    // Read-only text takes the focus (Tab reaches it) and shows a caret there.
    await r.locator('.standard-text').focus();
    await expect.poll(() => r.locator('.read-only-caret').count()).toBe(1);
    // Down by paragraph to 4.2.1, right by word to "listen", then Shift to take two words.
    for (let i = 0; i < 8; i += 1) await r.keyboard.press('ArrowDown');
    for (let i = 0; i < 3; i += 1) await r.keyboard.press('Control+ArrowRight');
    await r.keyboard.press('ArrowRight');
    await r.keyboard.press('Control+Shift+ArrowRight');
    await r.keyboard.press('Control+Shift+ArrowRight');
    expect(await r.evaluate(() => getSelection()?.toString())).toBe('listen calmly');
    await r.keyboard.press('Control+Alt+KeyM');
    const form = panel(r).locator('form.compose-form');
    await expect.poll(() => form.locator('.target').innerText()).toBe('On 4.2.1: “listen calmly”');
    // Escape leaves the form and gives the keyboard back to the text, selection kept.
    await r.keyboard.press('Escape');
    expect(
      await r.evaluate(() => document.activeElement?.classList.contains('standard-text')),
    ).toBe(true);
    expect(await r.evaluate(() => getSelection()?.toString())).toBe('listen calmly');
    // Selecting changed nothing in the text.
    expect(await block(r, 'p-listen').innerText()).toBe(
      'The practitioner shall listen calmly and without judgement.',
    );
  });

  it('a comment in a list or table goes on its clause; closing warns of open ones; signed out is said in words', async () => {
    const token = await openRoundThroughApi(LISTS_SLUG, 'Consultation on signs');
    const context = await browser.newContext();
    contexts.push(context);
    const r = await signInThroughPage(context, server, reviewer);
    for (const [id, words] of [
      ['l-signs01', 'Gifts that cannot be explained'],
      ['tb-times01', 'At once'],
    ] as const) {
      await openDraft(r, server, LISTS_SLUG);
      await panel(r).locator('.round-state').waitFor();
      await block(r, id).getByText(words).click();
      await r.keyboard.press('Control+Alt+KeyM');
      const form = panel(r).locator('form.compose-form');
      await expect.poll(() => form.locator('.target').innerText()).toBe('On 1');
      expect(await panel(r).innerText()).not.toContain('Put the cursor');
    }
    await panel(r)
      .locator('form.compose-form')
      .getByLabel('Type of comment')
      .selectOption('technical');
    await r.keyboard.type('Add the time limit for a child who is missing.');
    await panel(r).getByRole('button', { name: 'Add comment' }).click();
    await expect.poll(() => thread(r).count()).toBe(1);
    await expect.poll(() => thread(r).first().locator('.place').innerText()).toBe('1');

    // A second thought, taken back: the reply is withdrawn and says so; the comment stays.
    const card = thread(r).first();
    await card.getByRole('button', { name: 'Reply' }).click();
    await card.getByLabel('Your reply').fill('Also the time limit for a child in hospital.');
    await card.getByRole('button', { name: 'Send' }).click();
    const reply = thread(r).first().locator('.comment').nth(1);
    await expect.poll(() => reply.innerText()).toContain('child in hospital');
    r.once('dialog', (dialog) => void dialog.accept());
    await reply.getByRole('button', { name: 'Withdraw' }).click();
    await expect
      .poll(() => thread(r).first().locator('.comment').nth(1).innerText())
      .toBe('Withdrawn by its author.');
    expect(await thread(r).first().innerText()).toContain('Add the time limit');

    // Withdrawing the opening comment while an editor answers it: refused, and said so.
    const threadId = await thread(r).first().getAttribute('data-thread-id');
    r.once('dialog', (dialog) => {
      void fetch(`${server.url}/api/standards/${LISTS_SLUG}/threads/${threadId}/comments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ body: 'We will add it (illustrative).' }),
      }).then(() => dialog.accept());
    });
    await thread(r)
      .first()
      .locator('.comment')
      .first()
      .getByRole('button', { name: 'Withdraw' })
      .click();
    await expect
      .poll(() => panel(r).locator('p[role=alert]').first().innerText())
      .toContain('can no longer be withdrawn');
    expect(await thread(r).first().innerText()).toContain('Add the time limit');

    // Closing the round says that this comment still waits for a disposition.
    const editorContext = await browser.newContext();
    contexts.push(editorContext);
    const e = await signInThroughPage(editorContext, server, editor);
    await openDraft(e, server, LISTS_SLUG);
    await panel(e).getByRole('button', { name: 'Close round' }).click();
    await expect
      .poll(() => e.getByRole('dialog').innerText())
      .toContain('1 comment has no disposition yet');
    await e.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

    // Signed out elsewhere, the reviewer is told so in words, and keeps the typed comment.
    const out = await r.request.delete(`${server.url}/api/session`, {
      headers: { origin: server.url },
    });
    expect(out.status()).toBe(204);
    await block(r, 'l-signs01').getByText('Changes in behaviour').click();
    await r.keyboard.press('Control+Alt+KeyM');
    await r.keyboard.type('A second thought on gifts.');
    await panel(r).getByRole('button', { name: 'Add comment' }).click();
    await expect.poll(() => panel(r).innerText()).toContain('You are signed out');
    expect(
      await panel(r)
        .locator('form.compose-form')
        .getByLabel('Comment', { exact: true })
        .inputValue(),
    ).toBe('A second thought on gifts.');
  });
});

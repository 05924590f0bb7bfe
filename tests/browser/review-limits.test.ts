// What reviewers read about a round's deadline and a comment's length, in real Chromium: the
// closing date is the last day comments are taken (in every time zone), and a comment longer
// than the limit is kept whole, said to be too long, and refused until it is shortened.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../server/accounts/agencies.ts';
import {
  buildEditorOnce,
  launchChromium,
  makeStandard,
  makeUser,
  openDraft,
  signInThroughPage,
  type TestUser,
} from '../helpers/editor-setup.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { reviewDraft } from '../integration/review-world.ts';

const SLUG = 'limits';
const panel = (page: Page) => page.locator('[data-testid="review-panel"]');
// Always in the future, whatever day the tests run.
const YEAR = new Date().getUTCFullYear() + 1;
const CLOSING_DAY = `${YEAR}-12-20`;

describe('a consultation round seen by reviewers', () => {
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
    const moh = createAgency(server.db, {
      code: 'MOH',
      name: 'Ministry of Health (illustrative)',
      kind: 'government',
    });
    if (!moh.ok) throw new Error(moh.error);
    makeStandard(server, SLUG, reviewDraft(), [
      { user: editor, role: 'editor' },
      { user: reviewer, role: 'reviewer' },
    ]);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.dispose();
  });

  async function open(user: TestUser, timezoneId = 'UTC'): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-US', timezoneId });
    contexts.push(context);
    const page = await signInThroughPage(context, server, user);
    await openDraft(page, server, SLUG);
    await panel(page).locator('.round-state').waitFor();
    return page;
  }

  it('closes on the day the editor chose, in the panel and on the Releases page', async () => {
    const e = await open(editor);
    await panel(e).locator('summary', { hasText: 'Open a round' }).click();
    await panel(e).getByLabel('Name of the round').fill('Public consultation');
    await panel(e).getByLabel('Closing date').fill(CLOSING_DAY);
    await panel(e).getByRole('button', { name: 'Open round' }).click();
    const expected = `Public consultation: open until Dec 20, ${YEAR}`;
    await expect.poll(() => panel(e).locator('.round-state').innerText()).toBe(expected);

    // What is stored is unchanged: the end of the 20th, UTC (comments on the 20th count).
    const rounds = await e.request.get(`${server.url}/api/standards/${SLUG}/rounds`);
    expect(JSON.stringify(await rounds.json())).toContain(
      `"closesAt":"${YEAR}-12-21T00:00:00.000Z"`,
    );

    // East and west of UTC, reviewers read the same last day.
    for (const zone of ['Asia/Tokyo', 'America/Los_Angeles']) {
      const r = await open(reviewer, zone);
      await expect
        .poll(() => panel(r).locator('.round-state').innerText(), { message: zone })
        .toBe(expected);
    }
    await e.goto(`${server.url}/edit/s/${SLUG}/releases`);
    await expect
      .poll(() => e.locator('[role=note]').innerText())
      .toContain(`“Public consultation” is open until Dec 20, ${YEAR}.`);
  });

  it('keeps a pasted over-long comment whole, says by how much, refuses it, then sends it shortened', async () => {
    const r = await open(reviewer);
    await r.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: server.url,
    });
    const sentence = 'The practitioner should write down what the child said in their own words. ';
    const long = sentence.repeat(Math.ceil(26_100 / sentence.length)).slice(0, 26_099) + '.';
    expect(long.length).toBe(26_100);
    const posts: string[] = [];
    r.on('request', (req) => {
      if (req.method() === 'POST' && req.url().endsWith('/threads')) posts.push(req.url());
    });

    await r.locator('.standard-text [data-id="p-listen"]').click();
    await panel(r).getByRole('button', { name: 'Comment', exact: true }).click();
    const form = panel(r).locator('form.compose-form');
    const box = form.getByLabel('Comment', { exact: true });
    await r.evaluate((text) => navigator.clipboard.writeText(text), long);
    await box.focus();
    await r.keyboard.press('Control+V');

    // Nothing is cut; the box says how much is too much.
    expect(await box.inputValue()).toBe(long);
    const count = form.locator(`#${(await box.getAttribute('aria-describedby')) ?? 'none'}`);
    await expect
      .poll(() => count.innerText())
      .toBe(
        'Too long by 6,100 characters (26,100 of 20,000). Nothing was cut: shorten the text to send it.',
      );
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(await count.getAttribute('class')).toBe('char-count over');

    // Submitting is refused: no request, no thread, the text still there.
    await form.getByRole('button', { name: 'Add comment' }).click();
    expect(await box.evaluate((el) => (el as HTMLTextAreaElement).validationMessage)).toContain(
      'Too long by 6,100 characters',
    );
    expect(posts).toEqual([]);
    expect(await panel(r).locator('.thread').count()).toBe(0);
    expect(await box.inputValue()).toBe(long);

    // Shortened to the limit: the count shows, and the comment is saved whole.
    const fits = long.slice(0, 20_000).trimEnd();
    await box.fill(fits);
    await expect
      .poll(() => count.innerText())
      .toBe(`${fits.length.toLocaleString('en-US')} of 20,000 characters`);
    expect(await box.getAttribute('aria-invalid')).toBeNull();
    await form.getByRole('button', { name: 'Add comment' }).click();
    await expect.poll(() => panel(r).locator('.thread').count()).toBe(1);
    expect(posts).toHaveLength(1);
    const threads = await r.request.get(`${server.url}/api/standards/${SLUG}/threads`);
    expect(JSON.stringify(await threads.json())).toContain(JSON.stringify(fits));

    // Below 80 % of the limit the box stays quiet.
    await panel(r).getByRole('button', { name: 'Comment', exact: true }).click();
    await form.getByLabel('Comment', { exact: true }).fill('x'.repeat(15_999));
    expect(await form.locator('.char-count').first().isHidden()).toBe(true);
  });

  it('files one comment and one decision however often the button is clicked', async () => {
    const r = await open(reviewer);
    const e = await open(editor);
    const requests: string[] = [];
    for (const page of [r, e])
      page.on('request', (req) => {
        if (req.method() !== 'GET' && req.url().includes('/threads'))
          requests.push(`${req.method()} ${req.url().replace(/.*\/threads/, '/threads')}`);
      });
    const text = 'Name who the child can contact after the conversation (double-click test).';
    await r.locator('.standard-text [data-id="p-listen"]').click();
    await panel(r).getByRole('button', { name: 'Comment', exact: true }).click();
    const form = panel(r).locator('form.compose-form');
    await form.getByLabel('Comment', { exact: true }).fill(text);
    await form.getByRole('button', { name: 'Add comment' }).dblclick();
    const card = (page: Page) => panel(page).locator('.thread', { hasText: text });
    await expect.poll(() => card(e).count()).toBe(1);

    await card(e).getByRole('button', { name: 'Dispose' }).click();
    await card(e).getByLabel('Disposition').selectOption('accepted');
    await card(e).getByRole('button', { name: 'Save' }).dblclick();
    await expect.poll(() => card(r).locator('div.disposition').innerText()).toContain('Accepted');

    const res = await r.request.get(`${server.url}/api/standards/${SLUG}/threads`);
    const threads = ((await res.json()) as { threads: { comments: { body: string }[] }[] }).threads;
    expect(threads.filter((t) => t.comments.some((c) => c.body === text))).toHaveLength(1);
    expect(requests.filter((q) => q.startsWith('POST /threads'))).toHaveLength(1);
    expect(requests.filter((q) => q.startsWith('PUT'))).toHaveLength(1);
  });

  it('asks before a reload drops a comment typed but not sent', async () => {
    const r = await open(reviewer);
    const asked: string[] = [];
    r.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.accept();
    });
    await r.locator('.standard-text [data-id="p-listen"]').click();
    await panel(r).getByRole('button', { name: 'Comment', exact: true }).click();
    // Nothing typed yet: leaving does not ask.
    await r.reload();
    expect(asked).toEqual([]);
    await panel(r).locator('.round-state').waitFor();
    await r.locator('.standard-text [data-id="p-listen"]').click();
    await panel(r).getByRole('button', { name: 'Comment', exact: true }).click();
    await panel(r)
      .locator('form.compose-form')
      .getByLabel('Comment', { exact: true })
      .fill('A half-written comment (illustrative).');
    await r.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toEqual(['beforeunload']);
  });

  it('the server refuses an over-long comment with a problem naming the limit', async () => {
    const r = await open(reviewer);
    // As the editor's own fetch sends it (same origin, session cookie).
    const res = await r.evaluate(async (slug) => {
      const answer = await fetch(`/api/standards/${slug}/threads`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ targetId: 'p-listen', type: 'general', body: 'x'.repeat(20_001) }),
      });
      return {
        status: answer.status,
        type: answer.headers.get('content-type') ?? '',
        body: (await answer.json()) as { errors?: { field: string; message: string }[] },
      };
    }, SLUG);
    expect(res.status).toBe(400);
    expect(res.type).toContain('application/problem+json');
    expect(res.body.errors).toContainEqual({
      field: 'body',
      message: 'The comment is longer than 20000 characters.',
    });
  });

  it('credits a comment imported from an agency’s table to the agency, not to the importer', async () => {
    const e = await open(editor);
    const table = [
      'MB/NC,Line number,Clause/Subclause,Paragraph/Figure/Table,Type of comment,Comments,Proposed change',
      'MOH,,4.2,,te,Say who the child may talk to first (illustrative).,',
    ].join('\r\n');
    await panel(e)
      .getByLabel('Import comment table (CSV or XLSX)')
      .setInputFiles({ name: 'moh.csv', mimeType: 'text/csv', buffer: Buffer.from(table) });
    const comment = panel(e).locator('.comment', {
      hasText: 'Say who the child may talk to first',
    });
    await expect
      .poll(() => comment.locator('.comment-meta').innerText())
      .toMatch(
        /^Ministry of Health \(illustrative\) · .+ · from the agency’s comment table, imported by Eda Editor$/,
      );
    // The same table again adds nothing, and says which row was skipped.
    await panel(e)
      .getByLabel('Import comment table (CSV or XLSX)')
      .setInputFiles({ name: 'moh.csv', mimeType: 'text/csv', buffer: Buffer.from(table) });
    await expect
      .poll(() => panel(e).locator('.import-report').innerText())
      .toContain('1 row was already in this round');
  });
});

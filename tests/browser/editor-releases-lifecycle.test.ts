// Releases page and compare view in real Chromium: candidate → approve → publish → supersede, and the diff.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provision } from '../../model/builders.ts';
import type { ModelDoc } from '../../model/index.ts';
import { localDay } from '../../model/release-standing.ts';
import { replaceDraftContent } from '../../server/releases/restore-draft.ts';
import { insertRound } from '../../server/review/rounds-db.ts';
import { insertThread } from '../../server/review/threads-db.ts';
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

const SLUG = 'release-guide';

/** The fixture with one provision reworded (a few words inserted and one replaced). */
function amendedStandard(): ModelDoc {
  const base = fixtureStandard();
  return {
    ...base,
    content: (base.content ?? []).map((node) =>
      node.attrs?.id === 'p-prov0004'
        ? provision(
            'p-prov0004',
            'requirement',
            'The practitioner shall promptly refer the child to specialist services.',
          )
        : node,
    ),
  };
}

async function signInAdmin(context: BrowserContext, server: TestServer): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}/edit/sign-in`);
  await page.fill('#email', server.config.ACCORD_ADMIN_EMAIL);
  await page.fill('#password', ADMIN_PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForSelector('h1:text("Your standards")');
  return page;
}

const row = (page: Page, version: string) => page.locator(`tr[data-version="${version}"]`);
const pageStatus = (page: Page) => page.locator('main > p[role=status]');
const candidateMessage = (page: Page) =>
  page.locator('form[aria-labelledby=candidate-heading] [role=status]');

/** Press a release's action button, then confirm in the dialog; returns what the dialog asked. */
async function act(page: Page, label: string, reason?: string): Promise<string> {
  await page.getByRole('button', { name: label, exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  const asked = await dialog.locator('form > p').first().innerText();
  if (reason !== undefined) await dialog.getByLabel('Reason for withdrawal').fill(reason);
  await dialog.getByRole('button', { name: label, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  return asked;
}

// Effective dates relative to the real today, so "in force" means the same on any day.
const addDays = (days: number) => localDay(new Date(Date.now() + days * 86_400_000));
const PAST = addDays(-200);
const FUTURE = addDays(400);

async function createCandidate(
  page: Page,
  version: string,
  note: string,
  summary?: string,
  effectiveDate = PAST,
): Promise<void> {
  await page.getByLabel('Version (major.minor, e.g. 1.1)').fill(version);
  if (summary) await page.getByLabel(/^Summary/).fill(summary);
  await page.getByLabel('Change note').fill(note);
  await page.getByLabel('Effective date').fill(effectiveDate);
  await page.getByRole('button', { name: 'Create release candidate' }).click();
}

/** Poll generously: password hashing and release freezing take a while on a busy machine. */
const eventually = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 15_000 });

describe('editor releases: lifecycle and compare', () => {
  let server: TestServer;
  let browser: Browser;
  let edna: TestUser;
  let standard: { id: string; document: string };
  let editorPage: Page;
  let adminPage: Page;
  let roundId: string;

  beforeAll(async () => {
    await buildEditorOnce();
    server = await startTestServer({}, { rebuildSiteOnRelease: false });
    browser = await launchChromium();
    edna = await makeUser(server, 'Edna Editor');
    standard = makeStandard(server, SLUG, fixtureStandard(), [{ user: edna, role: 'editor' }]);
    editorPage = await signInThroughPage(await browser.newContext(), server, edna);
    adminPage = await signInAdmin(await browser.newContext(), server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('an editor creates a candidate, the admin approves and publishes it', async () => {
    await editorPage.getByRole('link', { name: `Releases of Standard ${SLUG}` }).click();
    await editorPage.getByRole('heading', { name: `Releases of Standard ${SLUG}` }).waitFor();
    await editorPage.getByText('No release yet').waitFor();
    // The form suggests 1.0 for a first release.
    expect(await editorPage.getByLabel('Version (major.minor, e.g. 1.1)').inputValue()).toBe('1.0');
    // The first release needs a summary: without one the server's problem detail is shown.
    await editorPage.getByLabel('Version (major.minor, e.g. 1.1)').fill('1.0');
    await editorPage.getByLabel('Change note').fill('First edition (illustrative).');
    await editorPage.getByLabel('Effective date').fill('2027-01-15');
    await editorPage.getByLabel(/^Summary/).evaluate((el) => el.removeAttribute('required'));
    await editorPage.getByRole('button', { name: 'Create release candidate' }).click();
    await eventually(() => candidateMessage(editorPage).innerText()).toBe(
      'Not done: A summary of what the standard covers is required.',
    );
    // Editing the form clears the refusal: it described what was sent, not what is there now.
    await editorPage.getByLabel(/^Summary/).fill('S');
    expect(await candidateMessage(editorPage).innerText()).toBe('');
    await createCandidate(
      editorPage,
      '1.0',
      'First edition (illustrative).',
      'Identifying and referring children (illustrative).',
    );
    await eventually(() => pageStatus(editorPage).innerText()).toBe(
      'Release candidate 1.0 created.',
    );
    await eventually(() => row(editorPage, '1.0').innerText()).toContain('candidate');
    expect(await row(editorPage, '1.0').innerText()).toContain('First edition (illustrative).');
    expect(await row(editorPage, '1.0').innerText()).toMatch(/sha256:[0-9a-f]{12}/);
    // Editors cannot approve: no such button for them.
    expect(await editorPage.getByRole('button', { name: 'Approve 1.0' }).count()).toBe(0);

    // A second candidate with the same label is refused; the problem detail is shown.
    await createCandidate(editorPage, '1.0', 'Again');
    await eventually(() => candidateMessage(editorPage).innerText()).toMatch(/^Not done: .*1\.0/);

    await adminPage.goto(`${server.url}/edit/s/${SLUG}/releases`);
    await row(adminPage, '1.0').waitFor();
    // Cancelling the confirmation changes nothing.
    await adminPage.getByRole('button', { name: 'Approve 1.0' }).click();
    await adminPage.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    expect(await row(adminPage, '1.0').innerText()).toContain('candidate');
    await act(adminPage, 'Approve 1.0');
    await eventually(() => pageStatus(adminPage).innerText()).toBe('Version 1.0 approved.');
    await eventually(() => row(adminPage, '1.0').innerText()).toContain('approved');
    // The first version supersedes nothing, and the question does not pretend it does.
    expect(await act(adminPage, 'Publish 1.0')).toBe(
      'Publish 1.0? It becomes the version in force: the first of this standard.',
    );
    await eventually(() => pageStatus(adminPage).innerText()).toBe('Version 1.0 published.');
    await eventually(() => row(adminPage, '1.0').locator('.badge').innerText()).toBe('in force');

    await editorPage.reload();
    await eventually(() => row(editorPage, '1.0').locator('.badge').innerText()).toBe('in force');
    // A published version links to what readers get: its page and its PDF on the site.
    expect(
      await row(editorPage, '1.0')
        .getByRole('link', { name: 'Read 1.0 on the site' })
        .getAttribute('href'),
    ).toBe(`/${SLUG}/1.0/`);
    expect(
      await row(editorPage, '1.0').getByRole('link', { name: 'PDF of 1.0' }).getAttribute('href'),
    ).toBe(`/${SLUG}/1.0/${SLUG}-1.0.pdf`);
  });

  it('a version published before its effective date leaves the one in force in force; a withdrawn candidate shows its reason', async () => {
    replaceDraftContent(server.store, standard.document, amendedStandard(), null);
    await editorPage.reload();
    await row(editorPage, '1.0').waitFor();
    expect(await editorPage.getByLabel('Version (major.minor, e.g. 1.1)').inputValue()).toBe('1.1');
    await createCandidate(editorPage, '1.1', 'Referral wording made clearer.', undefined, FUTURE);
    await eventually(() => row(editorPage, '1.1').innerText()).toContain('candidate');

    await adminPage.reload();
    await row(adminPage, '1.1').waitFor();
    await act(adminPage, 'Approve 1.1');
    await eventually(() => row(adminPage, '1.1').innerText()).toContain('approved');
    // The question says what publishing ahead of the date does, not "becomes the version in force".
    expect(await act(adminPage, 'Publish 1.1')).toMatch(
      new RegExp(
        `^Publish 1\\.1\\? Readers see it at once as the upcoming version; it takes effect on ${FUTURE}\\. Until then the version in force now stays in force\\.`,
      ),
    );
    await eventually(() => row(adminPage, '1.1').locator('.badge').innerText()).toBe(
      'published, not yet in force',
    );
    expect(await row(adminPage, '1.1').innerText()).toContain(`comes into effect ${FUTURE}`);
    // 1.0 stays in force until 1.1's effective date: not "superseded on the publish date".
    await eventually(() => row(adminPage, '1.0').locator('.badge').innerText()).toBe('in force');
    expect(await row(adminPage, '1.0').innerText()).not.toContain('superseded');

    // A third candidate, withdrawn with a reason.
    await adminPage.getByLabel('Version (major.minor, e.g. 1.1)').fill('1.2');
    await adminPage.getByLabel('Change note').fill('Trial');
    await adminPage.getByLabel('Effective date').fill(addDays(500));
    await adminPage.getByRole('button', { name: 'Create release candidate' }).click();
    await row(adminPage, '1.2').waitFor();
    expect(await act(adminPage, 'Withdraw 1.2', 'Prepared by mistake.')).toContain(
      'It was never published, so readers never see it',
    );
    await eventually(() => row(adminPage, '1.2').locator('.badge').innerText()).toBe('withdrawn');
    expect(await row(adminPage, '1.2').innerText()).toContain('Prepared by mistake.');
    // Withdrawn releases offer no further actions.
    expect(await row(adminPage, '1.2').getByRole('button').count()).toBe(0);
  });

  it('the compare view shows the reworded provision with word-level changes; a draft restarts from 1.0', async () => {
    await editorPage.goto(`${server.url}/edit/s/${SLUG}/compare?from=1.0&to=1.1`);
    const change = editorPage.locator('li.change[data-id="p-prov0004"]');
    await change.waitFor();
    expect(await change.getByRole('heading').innerText()).toBe('Provision 4.1');
    expect(await change.innerText()).toContain('Changed');
    const inserted = await change.locator('ins').allInnerTexts();
    const deleted = await change.locator('del').allInnerTexts();
    expect(inserted.join(' ')).toContain('promptly');
    expect(inserted.join(' ')).toContain('specialist');
    expect(deleted.join(' ')).toContain('help');
    // Only what changed is listed: the untouched provisions are not.
    expect(await editorPage.locator('li.change').count()).toBe(1);
    expect(await editorPage.locator('main p[role=status]').innerText()).toContain(
      '1.0 → 1.1: 0 added, 0 removed, 0 moved, 0 renumbered, 1 changed.',
    );

    // Choosing the sides in the form: 1.1 against the draft (which holds 1.1's text).
    await editorPage.getByLabel('From').selectOption('1.1');
    await editorPage.getByLabel('To').selectOption('draft');
    await editorPage.getByRole('button', { name: 'Compare', exact: true }).click();
    await eventually(() => editorPage.locator('main p[role=status]').innerText()).toBe(
      'No differences: the two versions have the same text.',
    );
    expect(new URL(editorPage.url()).search).toBe('?from=1.1&to=draft');

    // Start a new draft from 1.0: the draft then differs from 1.1 by the reworded provision again.
    // A co-editor with the draft open is told who replaced the text, and with what.
    await adminPage.goto(`${server.url}/edit/s/${SLUG}`);
    await adminPage.waitForSelector('.status[data-state="saved"]');
    await editorPage.getByRole('link', { name: 'Releases', exact: true }).click();
    await act(editorPage, 'Start new draft from 1.0');
    await eventually(() => pageStatus(editorPage).innerText()).toBe(
      'The draft now holds the text of 1.0.',
    );
    await eventually(() => adminPage.locator('.draft-replaced').innerText()).toContain(
      'replaced this draft with the text of version 1.0',
    );
    await editorPage.getByRole('link', { name: 'Compare 1.0 with the draft' }).click();
    await eventually(() => editorPage.locator('main p[role=status]').innerText()).toBe(
      'No differences: the two versions have the same text.',
    );
  });

  it('during an open consultation round the page says so, and freezing or publishing asks first', async () => {
    roundId = insertRound(server.db, {
      standardId: standard.id,
      name: 'Round 1 (illustrative)',
      closesAt: Date.now() + 10 * 86_400_000,
      releaseCandidate: null,
      openedBy: edna.id,
    }).id;
    await editorPage.goto(`${server.url}/edit/s/${SLUG}/releases`);
    const warning = editorPage.getByRole('note');
    await eventually(() => warning.innerText()).toContain(
      'The consultation round “Round 1 (illustrative)” is open until',
    );

    // Cancelling the question leaves the draft unfrozen: no version 1.3.
    await createCandidate(
      editorPage,
      '1.3',
      'Made during the consultation (illustrative).',
      undefined,
      FUTURE,
    );
    const dialog = editorPage.getByRole('dialog');
    await dialog.getByText('Freeze the draft as 1.3 anyway?').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await row(editorPage, '1.3').count()).toBe(0);

    // Confirming freezes it.
    await editorPage.getByRole('button', { name: 'Create release candidate' }).click();
    await dialog.getByRole('button', { name: 'Freeze 1.3 now' }).click();
    await eventually(() => pageStatus(editorPage).innerText()).toBe(
      'Release candidate 1.3 created.',
    );

    // The admin's approval question names the open round too.
    await adminPage.goto(`${server.url}/edit/s/${SLUG}/releases`);
    await adminPage.getByRole('button', { name: 'Approve 1.3', exact: true }).click();
    await eventually(() => adminPage.getByRole('dialog').innerText()).toContain(
      'The consultation round “Round 1 (illustrative)” is still open until',
    );
    await adminPage.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  });
  it('says how many comments have no disposition, and asks about them before approval', async () => {
    const comment = (body: string) =>
      insertThread(
        server.db,
        {
          standardId: standard.id,
          roundId,
          targetKind: 'provision',
          targetId: 'p-prov0004',
          anchorStart: null,
          anchorEnd: null,
          quote: null,
          clauseId: 'c-clause0004',
          clauseNumber: '4',
          provisionNumber: '4.1',
          createdBy: edna.id,
        },
        {
          authorId: edna.id,
          agency: null,
          type: 'technical',
          body,
          proposedChange: null,
          source: 'web',
        },
      );
    comment('Name the service the child is referred to (illustrative).');
    comment('Say who records the referral (illustrative).');
    await adminPage.goto(`${server.url}/edit/s/${SLUG}/releases`);
    const note = adminPage.getByRole('note').filter({ hasText: 'no disposition' });
    await eventually(() => note.innerText()).toContain(
      '2 consultation comments have no disposition yet.',
    );
    expect(await note.getByRole('link').getAttribute('href')).toBe(`/edit/s/${SLUG}`);
    await adminPage.getByRole('button', { name: 'Approve 1.3', exact: true }).click();
    await eventually(() => adminPage.getByRole('dialog').innerText()).toContain(
      '2 consultation comments still have no disposition.',
    );
    await adminPage.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  });

  it('lists what the checks found in the draft, and names it in the approval question', async () => {
    const base = fixtureStandard();
    const withNote: ModelDoc = {
      ...base,
      content: [
        ...(base.content ?? []),
        provision('p-chknote01', 'note', 'The lead shall be told at once (illustrative).'),
      ],
    };
    replaceDraftContent(server.store, standard.document, withNote, null);
    await editorPage.goto(`${server.url}/edit/s/${SLUG}/releases`);
    const checks = editorPage.getByRole('region', { name: 'Checks on the draft' });
    const warning = 'A note or example states a requirement ("shall" or "must")';
    await eventually(() => checks.innerText()).toContain(`Warning 5: ${warning}`);

    // It does not stop the freeze (the consultation round is still open, so that is asked).
    await createCandidate(editorPage, '1.4', 'Adds a note (illustrative).', undefined, FUTURE);
    await editorPage.getByRole('dialog').getByRole('button', { name: 'Freeze 1.4 now' }).click();
    await eventually(() => row(editorPage, '1.4').innerText()).toContain('candidate');

    await adminPage.goto(`${server.url}/edit/s/${SLUG}/releases`);
    await adminPage.getByRole('button', { name: 'Approve 1.4', exact: true }).click();
    await eventually(() => adminPage.getByRole('dialog').innerText()).toContain(
      `The checks found one point in 1.4: 5: ${warning}.`,
    );
    await adminPage.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  });
});

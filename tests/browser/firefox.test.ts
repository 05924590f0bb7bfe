import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { yDocToModel } from '../../model/ydoc.ts';
import { createApiToken } from '../../server/auth/api-tokens.ts';
import { connectClient, waitFor, type TestClient } from '../helpers/collab-clients.ts';
import { FIXTURE, fixtureStandard } from '../helpers/editor-fixture.ts';
import {
  buildEditorOnce,
  makeStandard,
  makeUser,
  textWithoutCarets,
  type TestUser,
} from '../helpers/editor-setup.ts';
import { launchFirefox, signInFirefox } from '../helpers/firefox.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

/** The text of one block (by id), as the Playwright helper reads it. */
function blockText(page: Page, id: string): Promise<string> {
  return page.$eval(`.standard-text [data-id="${id}"]`, textWithoutCarets);
}

/** The plain text of the draft as the server's document holds it. */
function serverText(client: TestClient): string {
  return JSON.stringify(yDocToModel(client.doc));
}

describe('the draft editor in Firefox', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let other: TestClient;
  let eve: TestUser;

  beforeAll(async () => {
    await buildEditorOnce();
    server = await startTestServer();
    browser = await launchFirefox();
    eve = await makeUser(server, 'Eve Editor');
    const sam = await makeUser(server, 'Sam Editor');
    const made = makeStandard(server, 'firefox', fixtureStandard(), [
      { user: eve, role: 'editor' },
      { user: sam, role: 'editor' },
    ]);
    // Sam edits through a plain Yjs client: what Firefox writes must reach him, and back.
    const token = createApiToken(server.db, sam.id, 'firefox test').secret;
    other = connectClient(`${server.url.replace('http', 'ws')}/collab`, made.document, token);
    await waitFor(() => other.provider.isSynced, 'the other editor synced');
    page = await signInFirefox(browser, server, eve);
    await page.goto(`${server.url}/edit/s/firefox`);
    await page.waitForSelector('.status[data-state="saved"]', { timeout: 60_000 });
  });
  afterAll(async () => {
    other?.destroy();
    await browser?.close();
    await server?.dispose();
  });

  it('types into a provision and the words reach the server and the other editor', async () => {
    await page.click(`.standard-text [data-id="${FIXTURE.provision1}"]`);
    await page.keyboard.press('End');
    await page.keyboard.type(' Typed in Firefox.');
    await waitFor(() => serverText(other).includes('Typed in Firefox.'), 'Firefox text at Sam');
    await page.waitForSelector('.status[data-state="saved"]');
    expect(await blockText(page, FIXTURE.provision1)).toBe(
      'This illustrative standard applies to practitioners. Typed in Firefox.',
    );
  });

  it('shows the other editor’s words as they arrive', async () => {
    const fragment = other.doc.getXmlFragment('default');
    const target = fragment
      .toArray()
      .find((n) => n instanceof Y.XmlElement && n.getAttribute('id') === 'p-prov0005');
    const text = target instanceof Y.XmlElement ? target.firstChild : null;
    if (!(text instanceof Y.XmlText)) throw new Error('no text in p-prov0005');
    text.insert(text.length, ' Added by Sam.');
    await page.waitForFunction(
      (id) => document.querySelector(`[data-id="${id}"]`)?.textContent?.includes('Added by Sam.'),
      {},
      'p-prov0005',
    );
    expect(await blockText(page, 'p-prov0005')).toBe(
      'Records should be kept securely. Added by Sam.',
    );
  });

  it('turns a provision into a requirement from the keyboard, and undo turns it back', async () => {
    const kind = () => page.$eval('[data-id="p-prov0002"]', (el) => el.getAttribute('data-kind'));
    expect(await kind()).toBe('statement');
    await page.click('.standard-text [data-id="p-prov0002"]');
    await page.keyboard.down('Control');
    await page.keyboard.down('Alt');
    await page.keyboard.press('s');
    await page.keyboard.up('Alt');
    await page.keyboard.up('Control');
    await expect.poll(kind).toBe('requirement');
    await waitFor(() => serverText(other).includes('"requirement"'), 'the kind at Sam', 10_000);
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await expect.poll(kind).toBe('statement');
  });

  it('keeps edits made offline and merges them with the other editor’s on reconnect', async () => {
    await page.setOfflineMode(true);
    await page.waitForSelector('.status[data-state="offline"]', { timeout: 10_000 });
    await page.click(`.standard-text [data-id="${FIXTURE.refProvision}"]`);
    await page.keyboard.press('End');
    await page.keyboard.type(' Written offline in Firefox.');
    await page.waitForFunction(
      () => document.querySelector('.status')?.textContent?.includes('unsynced') === true,
    );
    // Meanwhile Sam writes elsewhere; neither sees the other's words yet.
    const fragment = other.doc.getXmlFragment('default');
    const target = fragment
      .toArray()
      .find((n) => n instanceof Y.XmlElement && n.getAttribute('id') === FIXTURE.provision1);
    const text = target instanceof Y.XmlElement ? target.firstChild : null;
    if (!(text instanceof Y.XmlText)) throw new Error('no text in provision 1');
    text.insert(text.length, ' Sam, while Firefox was offline.');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(serverText(other)).not.toContain('Written offline in Firefox.');
    expect(await blockText(page, FIXTURE.provision1)).not.toContain('Sam, while');

    await page.setOfflineMode(false);
    await page.waitForSelector('.status[data-state="saved"]', { timeout: 30_000 });
    await waitFor(
      () => serverText(other).includes('Written offline in Firefox.'),
      'offline words at Sam',
      10_000,
    );
    await page.waitForFunction(
      (id) => document.querySelector(`[data-id="${id}"]`)?.textContent?.includes('Sam, while'),
      {},
      FIXTURE.provision1,
    );
  });

  it('fits a tablet screen: no sideways scrolling, toolbar and text on screen', async () => {
    await page.setViewport({ width: 768, height: 1024 });
    await page.reload();
    await page.waitForSelector('.status[data-state="saved"]', { timeout: 60_000 });
    const fit = await page.evaluate(() => {
      const within = (el: Element | null) => {
        const r = el?.getBoundingClientRect();
        return !!r && r.width > 0 && r.left >= 0 && r.right <= window.innerWidth;
      };
      return {
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        toolbar: within(document.querySelector('[role="toolbar"]')),
        text: within(document.querySelector('.standard-text')),
      };
    });
    expect(fit).toEqual({ overflow: 0, toolbar: true, text: true });
  });
});

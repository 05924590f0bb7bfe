import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

describe('Chromium reaches the server', () => {
  let server: TestServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.dispose();
    await server?.dispose();
  });

  it('loads /healthz', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}/healthz`);
    expect(response?.status()).toBe(200);
    expect(await page.textContent('body')).toContain('"database":"ok"');
  });
});

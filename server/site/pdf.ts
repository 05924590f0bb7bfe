import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { chromiumArgs, chromiumPath } from '../chromium.ts';
import { listFiles } from './precompress.ts';
import { siteHandler } from './static-site.ts';

/** One PDF to print: the page's URL path and the PDF's path, both from the site root. */
export interface PdfJob {
  page: string;
  file: string;
}

/**
 * Print each version page of a built site to a tagged PDF with an outline, using Chromium's
 * print stylesheet. PDFs are cached by the bytes of the page and the stylesheets, so a
 * rebuild only prints versions whose page changed (a new banner, a new stylesheet).
 * Returns the size of every PDF written; throws if Chromium cannot start.
 */
export async function renderPdfs(
  root: string,
  jobs: PdfJob[],
  cacheDir: string,
  publicUrl?: string,
): Promise<Map<string, number>> {
  const origin = publicUrl ? new URL(publicUrl).origin : null;
  const sizes = new Map<string, number>();
  const css = listFiles(root)
    .filter((f) => f.endsWith('.css'))
    .sort()
    .map((f) => readFileSync(join(root, f)));
  const pending: (PdfJob & { cached: string })[] = [];
  mkdirSync(cacheDir, { recursive: true });
  for (const job of jobs) {
    const html = readFileSync(join(root, job.page.slice(1), 'index.html'));
    const hash = createHash('sha256')
      .update(html)
      .update(origin ?? '');
    for (const sheet of css) hash.update(sheet);
    const cached = join(cacheDir, `${hash.digest('hex')}.pdf`);
    if (existsSync(cached)) place(cached, root, job, sizes);
    else pending.push({ ...job, cached });
  }
  if (pending.length === 0) return sizes;

  const app = new Hono();
  app.get('*', siteHandler(root));
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs],
  });
  try {
    const page = await browser.newPage();
    for (const job of pending) {
      await page.goto(`http://127.0.0.1:${port}${job.page}`, { waitUntil: 'load' });
      await page.evaluate(pointLinksAtPublicSite, origin);
      await page.pdf({
        path: `${job.cached}.tmp`,
        format: 'A4',
        printBackground: true,
        tagged: true,
        outline: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate:
          '<div style="font:8px sans-serif;width:100%;padding:0 16mm;display:flex;justify-content:space-between"><span class="title"></span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>',
        margin: { top: '16mm', bottom: '18mm', left: '16mm', right: '16mm' },
      });
      renameSync(`${job.cached}.tmp`, job.cached);
      place(job.cached, root, job, sizes);
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return sizes;
}

/**
 * Runs in the page before printing. A PDF turns the site's own links into absolute ones on
 * the address it was printed from, a build-time server that readers can never reach. They
 * point at the public site when its address is known (ACCORD_PUBLIC_URL); otherwise they
 * stay as text, rather than dead links that leak an internal address.
 */
function pointLinksAtPublicSite(origin: string | null): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin) continue;
    if (url.pathname === location.pathname && url.hash) continue; // within the PDF
    if (origin) link.href = `${origin}${url.pathname}${url.search}${url.hash}`;
    else link.removeAttribute('href');
  }
}

function place(cached: string, root: string, job: PdfJob, sizes: Map<string, number>): void {
  const target = join(root, job.file.slice(1));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(cached, target);
  sizes.set(job.file, statSync(target).size);
}

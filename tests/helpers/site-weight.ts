import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a first visit to one page transfers, gzip-compressed: the HTML and what it links. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  assets: string[];
}

/**
 * Gzip bytes of a built page and the stylesheets and scripts it loads to be read (as the
 * server sends them: the precompressed `.gz` when present). Deterministic, so budgets can be
 * asserted.
 */
export function pageWeight(siteDir: string, pagePath: string): PageWeight {
  const htmlFile = join(siteDir, pagePath.slice(1), 'index.html');
  const html = readFileSync(htmlFile, 'utf8');
  const assets = [
    ...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
  ].map((m) => m[1] ?? '');
  const size = (file: string) =>
    existsSync(`${file}.gz`)
      ? readFileSync(`${file}.gz`).length
      : gzipSync(readFileSync(file)).length;
  let css = 0;
  let js = 0;
  for (const asset of assets) {
    const bytes = size(join(siteDir, asset.slice(1)));
    if (asset.endsWith('.css')) css += bytes;
    else js += bytes;
  }
  const htmlBytes = size(htmlFile);
  return { html: htmlBytes, css, js, total: htmlBytes + css + js, assets };
}

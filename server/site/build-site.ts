import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { renderPdfs, type PdfJob } from './pdf.ts';
import { listFiles, precompress } from './precompress.ts';
import { writeSearchIndex } from './search-index.ts';
import { buildsDir, finishBuild, startBuild, swapSite } from './swap.ts';

/** The repository root, where astro.config.mjs lives. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface SiteBuildOptions {
  /** Release files (ACCORD_STANDARDS_DIR). */
  standardsDir: string;
  /** The served site folder (ACCORD_SITE_DIR); becomes a symlink to the finished build. */
  siteDir: string;
  /** Print a PDF of every version (needs Chromium); default true. */
  pdf?: boolean;
  /** The public address (ACCORD_PUBLIC_URL): the PDFs' links to the site point there. */
  publicUrl?: string | undefined;
}

export interface SiteBuildReport {
  buildDir: string;
  pages: number;
  indexedPages: number;
  pdfs: number;
  pdfError: string | null;
  ms: { astro: number; pdf: number; search: number; compress: number; total: number };
}

/** What the site's `/site-manifest.json` endpoint tells the pipeline (then it is deleted). */
const manifestSchema = z.object({
  pdfs: z.array(z.object({ page: z.string(), file: z.string(), label: z.string() })),
});

/**
 * Build the whole published site from release files and swap it in atomically:
 * astro build → PDFs → PDF sizes into pages → Pagefind index → precompressed siblings → swap.
 * Run it in a child process (build-cli.ts): Astro's build loads Vite and is not re-entrant.
 */
export async function buildSite(options: SiteBuildOptions): Promise<SiteBuildReport> {
  const started = performance.now();
  const siteDir = resolve(options.siteDir);
  const partial = startBuild(siteDir);
  try {
    process.env.ACCORD_STANDARDS_DIR = resolve(options.standardsDir);
    process.env.ASTRO_TELEMETRY_DISABLED = '1';
    const { build } = await import('astro');
    // Astro writes its prerender chunks to `<cwd>/.astro/` when outDir is outside the cwd;
    // they must sit inside the project to resolve packages, and apart per build so concurrent
    // builds never share them: build from a scratch folder of our own.
    const scratch = join(projectRoot, 'node_modules/.cache/accord-site-build', basename(partial));
    mkdirSync(scratch, { recursive: true });
    const cwd = process.cwd();
    process.chdir(scratch);
    try {
      await build({ root: projectRoot, outDir: partial, logLevel: 'warn', mode: 'production' });
    } finally {
      process.chdir(cwd);
      rmSync(scratch, { recursive: true, force: true });
    }
    const astroDone = performance.now();

    const manifestPath = join(partial, 'site-manifest.json');
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8')));
    rmSync(manifestPath);
    let sizes = new Map<string, number>();
    let pdfError: string | null = null;
    if (options.pdf !== false && manifest.pdfs.length > 0) {
      try {
        const jobs: PdfJob[] = manifest.pdfs.map(({ page, file }) => ({ page, file }));
        sizes = await renderPdfs(
          partial,
          jobs,
          join(buildsDir(siteDir), 'cache', 'pdf'),
          options.publicUrl,
        );
      } catch (err) {
        pdfError = err instanceof Error ? (err.message.split('\n')[0] ?? 'failed') : String(err);
      }
    }
    const labels = new Map(manifest.pdfs.map((p) => [p.file, p.label]));
    const pages = patchPdfLinks(partial, sizes, labels);
    const pdfDone = performance.now();

    const indexed = await writeSearchIndex(partial);
    const searchDone = performance.now();
    precompress(partial);
    const compressDone = performance.now();

    const finished = finishBuild(partial);
    swapSite(siteDir, finished);
    return {
      buildDir: finished,
      pages,
      indexedPages: indexed.pages,
      pdfs: sizes.size,
      pdfError,
      ms: {
        astro: Math.round(astroDone - started),
        pdf: Math.round(pdfDone - astroDone),
        search: Math.round(searchDone - pdfDone),
        compress: Math.round(compressDone - searchDone),
        total: Math.round(compressDone - started),
      },
    };
  } catch (err) {
    rmSync(partial, { recursive: true, force: true });
    throw err;
  }
}

const SIZE_SLOT = /<span data-pdf-size="([^"]+)"><\/span>/g;
const PDF_ITEM = /<li data-pdf-item="([^"]+)"[^>]*>[\s\S]*?<\/li>/g;

/**
 * Put each PDF's size into the links that offer it, or remove the link when no PDF was
 * printed (no Chromium). Returns how many HTML pages the site has.
 */
function patchPdfLinks(
  root: string,
  sizes: Map<string, number>,
  labels: Map<string, string>,
): number {
  const pages = listFiles(root).filter((f) => f.endsWith('.html'));
  for (const file of pages) {
    const path = join(root, file);
    const html = readFileSync(path, 'utf8');
    const patched = html
      .replace(PDF_ITEM, (item, pdf: string) => (sizes.has(pdf) ? item : ''))
      .replace(SIZE_SLOT, (_slot, pdf: string) => {
        const size = sizes.get(pdf) ?? 0;
        const label = (labels.get(pdf) ?? '{size}').replace('{size}', formatSize(size));
        return `<span data-pdf-size="${pdf}">(${label})</span>`;
      });
    if (patched !== html) writeFileSync(path, patched);
  }
  return pages.length;
}

function formatSize(bytes: number): string {
  if (bytes < 1000 * 1000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / 1000 / 1000).toFixed(1)} MB`;
}

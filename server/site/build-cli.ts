// `npm run build:site`: build the published site from ACCORD_STANDARDS_DIR into
// ACCORD_SITE_DIR (a symlink to the finished build). `--no-pdf` skips the PDFs.
// Prints one JSON line with the timings; rebuildSite() runs this file as a child process.
import { parseConfig } from '../config.ts';
import { buildSite } from './build-site.ts';

const parsed = parseConfig(process.env);
if (!parsed.ok) {
  process.stderr.write(`${parsed.message}\n`);
  process.exit(2);
}
try {
  const report = await buildSite({
    standardsDir: parsed.config.ACCORD_STANDARDS_DIR,
    siteDir: parsed.config.ACCORD_SITE_DIR,
    pdf: !process.argv.includes('--no-pdf'),
    publicUrl: parsed.config.ACCORD_PUBLIC_URL,
  });
  process.stdout.write(`${JSON.stringify({ ok: true, ...report })}\n`);
  process.exit(0);
} catch (err) {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.stdout.write(`${JSON.stringify({ ok: false })}\n`);
  process.exit(1);
}

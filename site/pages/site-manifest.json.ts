// Build-time manifest for the publish pipeline (server/site/build-site.ts), which reads it to
// print the PDFs and then deletes it: never served.
import { messages } from '../i18n/index.ts';
import { loadSite } from '../lib/site-data.ts';
import { pdfUrl, versionUrl } from '../../model/site-urls.ts';

/** The versions to print as PDF, with the size label in each page's language. */
export function GET(): Response {
  const pdfs = loadSite().flatMap((standard) =>
    standard.versions.map(({ meta }) => ({
      page: versionUrl(standard.slug, meta.version),
      file: pdfUrl(standard.slug, meta.version),
      label: messages(meta.language).pdfSize,
    })),
  );
  return new Response(JSON.stringify({ pdfs }));
}

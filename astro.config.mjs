// The published site: static pages built from the release files in ACCORD_STANDARDS_DIR.
// Lean on purpose (no integrations, no client framework, no prefetch): frontline staff read
// it on phones over poor connections. The build pipeline is server/site/build-site.ts.
import process from 'node:process';
import { defineConfig } from 'astro/config';

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  // npm run build:site overrides this with a fresh folder, then swaps it in atomically.
  outDir: process.env.ACCORD_SITE_DIR ?? './dist',
  cacheDir: './node_modules/.astro',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never', assets: '_astro' },
  compressHTML: true,
  prefetch: false,
  devToolbar: { enabled: false },
  scopedStyleStrategy: 'where',
  vite: { logLevel: 'warn', build: { assetsInlineLimit: 0 } },
});

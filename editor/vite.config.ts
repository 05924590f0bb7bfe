import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The editor is a static app served by Accord at /edit/ (server/editor-assets).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/edit/',
  // Our own index.html only; nothing to copy from a public/ folder.
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // NO_MINIFY=1 npm run build:editor: readable function names in browser CPU profiles.
    minify: process.env.NO_MINIFY ? false : undefined,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod ships comments Rollup cannot place; harmless, and not ours to fix.
        if (warning.code === 'INVALID_ANNOTATION') return;
        warn(warning);
      },
    },
  },
});

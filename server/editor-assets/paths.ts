import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file's location (server/editor-assets/). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the editor's sources live (the Vite root). */
export const editorRoot = join(repoRoot, 'editor');

/** Where `npm run build:editor` writes the built editor; served at /edit/. */
export const editorDistDir = join(editorRoot, 'dist');

/** The Vite config of the editor. */
export const editorViteConfig = join(editorRoot, 'vite.config.ts');

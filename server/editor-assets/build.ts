import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { editorDistDir, editorRoot, editorViteConfig, repoRoot } from './paths.ts';
import { editorSourceHash } from './source-hash.ts';

const HASH_FILE = 'source-hash.txt';

function currentHash(): string {
  return editorSourceHash(repoRoot, ['editor', 'model'], ['package-lock.json']);
}

const GZIP = new Set(['.js', '.css', '.svg', '.json', '.html']);

// Precompressed copies let the server send gzip without compressing on every request.
function gzipTree(dir: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) gzipTree(path);
    else if (GZIP.has(extname(name)))
      writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
  }
}

export type EditorBuildState = 'missing' | 'stale' | 'current';

/** Whether editor/dist exists and was built from the sources as they are now. */
export function editorBuildState(distDir = editorDistDir): EditorBuildState {
  if (!existsSync(join(distDir, 'index.html'))) return 'missing';
  const hashFile = join(distDir, HASH_FILE);
  if (!existsSync(hashFile)) return 'stale';
  return readFileSync(hashFile, 'utf8').trim() === currentHash() ? 'current' : 'stale';
}

/**
 * Build the editor with Vite, programmatically, into editor/dist (what `npm run
 * build:editor` does). Vite is imported lazily: a server that never builds never loads it.
 */
export async function buildEditor(): Promise<void> {
  const hash = currentHash();
  const vite = await import('vite');
  await vite.build({ configFile: editorViteConfig, root: editorRoot, logLevel: 'warn' });
  gzipTree(editorDistDir);
  writeFileSync(join(editorDistDir, HASH_FILE), `${hash}\n`);
}

export type EnsureResult =
  { ok: true; built: boolean; state: EditorBuildState } | { ok: false; message: string };

/**
 * Build the editor when editor/dist is missing, or also when stale if asked. Use at
 * start-up (`npm start`) and once per test run; a failed build is reported, not thrown.
 */
export async function ensureEditorBuilt(
  options: { rebuildStale: boolean } = { rebuildStale: false },
): Promise<EnsureResult> {
  const state = editorBuildState();
  if (state === 'current' || (state === 'stale' && !options.rebuildStale))
    return { ok: true, built: false, state };
  try {
    await buildEditor();
    return { ok: true, built: true, state };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

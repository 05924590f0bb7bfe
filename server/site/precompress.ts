import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { isCompressible } from './site-path.ts';

/** Every file under a folder, as paths relative to it (forward slashes). */
export function listFiles(root: string, sub = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(root, rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/**
 * Write `.gz` and `.br` siblings of every text file in a built site, so the server sends
 * the smallest encoding without compressing per request. Deterministic: same input, same bytes.
 */
export function precompress(root: string): void {
  for (const file of listFiles(root)) {
    if (!isCompressible(file)) continue;
    const data = readFileSync(join(root, file));
    if (data.length < 256) continue;
    writeFileSync(join(root, `${file}.gz`), gzipSync(data, { level: 9 }));
    writeFileSync(
      join(root, `${file}.br`),
      brotliCompressSync(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 10,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }),
    );
  }
}

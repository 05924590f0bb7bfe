import * as pagefind from 'pagefind';

/**
 * Build the Pagefind search index of a built site into `<root>/pagefind/`. Only pages marked
 * `data-pagefind-body` (the current version of each standard) are indexed; clause headings
 * carry ids, so each clause becomes a sub-result with its number.
 */
export async function writeSearchIndex(root: string): Promise<{ pages: number }> {
  const created = await pagefind.createIndex({ rootSelector: 'html' });
  if (!created.index) throw new Error(`pagefind: ${created.errors.join('; ')}`);
  try {
    const added = await created.index.addDirectory({ path: root });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    const written = await created.index.writeFiles({ outputPath: `${root}/pagefind` });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

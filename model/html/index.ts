// Model JSON → sanitised HTML string.
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { ModelDoc } from '../types.ts';
import { standardSanitizeSchema } from './sanitize-schema.ts';
import { modelToHast, type ToHtmlOptions } from './to-hast.ts';

const processor = unified()
  .use(rehypeSanitize, standardSanitizeSchema)
  .use(rehypeStringify)
  .freeze();

/**
 * Use to publish a standard (site pages, exports): semantic HTML with permalink ids, visible
 * numbers, kind classes and change badges, sanitised with `standardSanitizeSchema`.
 */
export function modelToHtml(doc: ModelDoc, options: ToHtmlOptions = {}): string {
  const tree = processor.runSync(modelToHast(doc, options));
  return processor.stringify(tree);
}

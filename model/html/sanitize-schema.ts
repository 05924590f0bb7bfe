// rehype-sanitize schema for rendered standards: GitHub's defaults plus our ids and classes.
import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import { HTML_CLASSES } from './classes.ts';

type Definitions = NonNullable<SanitizeSchema['attributes']>;
type Definition = Definitions[string][number];

const TAGS = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'section',
  'span',
  'a',
  'dl',
  'dt',
  'dd',
  'ul',
  'ol',
  'li',
  'div',
  'table',
  'caption',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'input',
  'dfn',
  'strong',
  'em',
];

function withClasses(defs: readonly Definition[] | undefined): Definition[] {
  const kept = (defs ?? []).filter((d) => (Array.isArray(d) ? d[0] : d) !== 'className');
  return [...kept, ['className', ...HTML_CLASSES]];
}

const attributes: Definitions = { ...defaultSchema.attributes };
for (const tag of [...TAGS, '*']) attributes[tag] = withClasses(defaultSchema.attributes?.[tag]);
// Decorative checklist boxes are hidden from screen readers (the item text says it all).
attributes.span = [...(attributes.span ?? []), ['ariaHidden', 'true']];
// A table's scroll wrapper is a named region that takes focus (tabIndex is allowed everywhere).
attributes.div = [...(attributes.div ?? []), ['role', 'region'], 'ariaLabel'];

/**
 * Use when sanitising standard HTML (ours or anything that embeds it): ids kept as they are
 * (clobberPrefix ''), only our classes, links only http/https/mailto.
 */
export const standardSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  tagNames: [...new Set([...(defaultSchema.tagNames ?? []), ...TAGS])],
  attributes,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
};

// Links: href restricted to http, https and mailto.
import { Mark, mergeAttributes } from '@tiptap/core';
import { isSafeHref } from '../href.ts';

/** Use for hyperlinks; anything but http(s)/mailto is refused at parse time. */
export const Link = Mark.create({
  name: 'link',
  inclusive: false,
  priority: 1000,
  addAttributes() {
    return {
      href: {
        default: '',
        parseHTML: (el) => el.getAttribute('href') ?? '',
      },
    };
  },
  parseHTML() {
    return [
      {
        tag: 'a[href]',
        getAttrs: (el) => (isSafeHref(el.getAttribute('href') ?? '') ? null : false),
      },
    ];
  },
  renderHTML({ HTMLAttributes }) {
    const href = String(HTMLAttributes.href ?? '');
    return [
      'a',
      mergeAttributes(HTMLAttributes, {
        href: isSafeHref(href) ? href : null,
        rel: 'noopener noreferrer',
      }),
      0,
    ];
  },
});

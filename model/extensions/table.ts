// Tables with header rows and a title; a cell holds exactly one paragraph (what a GFM cell can say).
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { idAttribute } from './id-attribute.ts';

/** Use for tables (contacts, responsibilities, timelines). Shown as "Table 3 — {caption}". */
export const StandardTable = Table.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      id: idAttribute(),
      // The table's title without its number, which is derived from position (model/table-numbers.ts).
      caption: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-caption') || null,
        renderHTML: (attrs) =>
          typeof attrs.caption === 'string' && attrs.caption !== ''
            ? { 'data-caption': attrs.caption }
            : {},
      },
    };
  },
}).configure({ resizable: false });

/** Use for table rows. */
export const StandardTableRow = TableRow;

/** Use for header cells (`<th>`). */
export const StandardTableHeader = TableHeader.extend({ content: 'paragraph' });

/** Use for body cells (`<td>`). */
export const StandardTableCell = TableCell.extend({ content: 'paragraph' });

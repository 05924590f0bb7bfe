// Tables with header rows; a cell holds exactly one paragraph (what a GFM cell can say).
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { idAttribute } from './id-attribute.ts';

/** Use for tables (contacts, responsibilities, timelines). */
export const StandardTable = Table.extend({
  addAttributes() {
    return { ...this.parent?.(), id: idAttribute() };
  },
}).configure({ resizable: false });

/** Use for table rows. */
export const StandardTableRow = TableRow;

/** Use for header cells (`<th>`). */
export const StandardTableHeader = TableHeader.extend({ content: 'paragraph' });

/** Use for body cells (`<td>`). */
export const StandardTableCell = TableCell.extend({ content: 'paragraph' });

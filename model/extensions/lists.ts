// Bullet, ordered and task lists (checklists of indicators); top-level lists carry an id.
import { BulletList, ListItem, OrderedList, TaskItem, TaskList } from '@tiptap/extension-list';
import { idAttribute } from './id-attribute.ts';

// List items hold paragraphs and nested lists only: that is what Markdown can say losslessly.
const ITEM_CONTENT = 'paragraph (paragraph | bulletList | orderedList | taskList)*';

/** Use for bullet lists. */
export const StandardBulletList = BulletList.extend({
  addAttributes() {
    return { ...this.parent?.(), id: idAttribute() };
  },
});

/** Use for ordered lists (`start` is kept; the marker style `type` is not stored in Markdown). */
export const StandardOrderedList = OrderedList.extend({
  addAttributes() {
    return { ...this.parent?.(), id: idAttribute() };
  },
});

/** Use for list items of bullet and ordered lists. */
export const StandardListItem = ListItem.extend({ content: ITEM_CONTENT });

/** Use for checklists (identification indicators). */
export const StandardTaskList = TaskList.extend({
  addAttributes() {
    return { ...this.parent?.(), id: idAttribute() };
  },
});

/** Use for checklist items; `checked` is shown as a visual checkbox. */
export const StandardTaskItem = TaskItem.extend({ content: ITEM_CONTENT }).configure({
  nested: true,
});

// Checklist items in the editor: Tiptap's view with its checkbox, but out of the tab order.
// A keyboard user moving from the text to the panels would otherwise stop at every indicator
// of a checklist (15 in the demo) on the way; the box still toggles with the mouse.
import { StandardTaskItem } from '../../../model/index.ts';

/** Use in place of the model's task item in the editor: same schema and view, no tab stops. */
export const TaskItemOutOfTabOrder = StandardTaskItem.extend({
  addNodeView() {
    const parent = this.parent?.();
    if (!parent) return null;
    return (props) => {
      const view = parent(props);
      const box = view.dom instanceof HTMLElement ? view.dom.querySelector('input') : null;
      box?.setAttribute('tabindex', '-1');
      return view;
    };
  },
});

// Every editing action in one table: the toolbar, the keyboard shortcuts and the help list read it.
import type { Editor } from '@tiptap/core';
import type { ProvisionKind } from '../../../model/index.ts';
import type { MessageKey } from '../i18n/index.ts';
import { setClause, setProvision, toggleAnnexType, toggleList } from './commands.ts';

/** What actions that open a dialog need from the draft view. */
export interface ActionHost {
  openCrossRefPicker(): void;
  openLinkDialog(): void;
  openTermDialog(): void;
  /** The title of the table at `pos`, or of the table holding the selection. */
  openTableTitleDialog(pos?: number): void;
  openShortcutHelp(): void;
}

export interface Action {
  id: string;
  group: 'history' | 'clause' | 'provision' | 'block' | 'inline' | 'table' | 'help';
  label: MessageKey;
  /** Short text on the button (the label is the accessible name). */
  short: MessageKey;
  /** Tiptap key syntax, e.g. 'Mod-Alt-1'. */
  shortcut?: string;
  run(editor: Editor, host: ActionHost): boolean;
  isActive?(editor: Editor): boolean;
  /** Whether the action can run here (buttons are disabled otherwise). */
  enabled?(editor: Editor): boolean;
}

const inTable = (editor: Editor): boolean => editor.isActive('table');
/** Block types cannot change inside a table: a cell holds one plain paragraph. */
const outsideTable = (editor: Editor): boolean => !inTable(editor);

const provision = (kind: ProvisionKind, key: string): Action => ({
  id: `provision-${kind}`,
  group: 'provision',
  label: `action.provision.${kind}` as MessageKey,
  short: `kind.short.${kind}` as MessageKey,
  shortcut: `Mod-Alt-${key}`,
  run: (editor) => setProvision(editor, kind),
  isActive: (editor) => editor.isActive('provision', { kind }),
  enabled: outsideTable,
});

const clause = (level: number): Action => ({
  id: `clause-${level}`,
  group: 'clause',
  label: `action.clause${level}` as MessageKey,
  short: `short.clause${level}` as MessageKey,
  shortcut: `Mod-Alt-${level}`,
  run: (editor) => setClause(editor, 'clause', level),
  isActive: (editor) => editor.isActive('clause', { kind: 'clause', level }),
  enabled: outsideTable,
});

/** The actions, in toolbar order. */
export const ACTIONS: Action[] = [
  {
    id: 'undo',
    group: 'history',
    label: 'action.undo',
    short: 'short.undo',
    shortcut: 'Mod-z',
    run: (editor) => editor.chain().focus().undo().run(),
    enabled: (editor) => editor.can().undo(),
  },
  {
    id: 'redo',
    group: 'history',
    label: 'action.redo',
    short: 'short.redo',
    shortcut: 'Mod-Shift-z',
    run: (editor) => editor.chain().focus().redo().run(),
    enabled: (editor) => editor.can().redo(),
  },
  clause(1),
  clause(2),
  clause(3),
  {
    id: 'front',
    group: 'clause',
    label: 'action.front',
    short: 'short.front',
    shortcut: 'Mod-Alt-f',
    run: (editor) => setClause(editor, 'front'),
    isActive: (editor) => editor.isActive('clause', { kind: 'front' }),
    enabled: outsideTable,
  },
  {
    id: 'annex',
    group: 'clause',
    label: 'action.annex',
    short: 'short.annex',
    shortcut: 'Mod-Alt-a',
    run: (editor) =>
      editor.isActive('clause', { kind: 'annex' })
        ? toggleAnnexType(editor)
        : setClause(editor, 'annex'),
    isActive: (editor) => editor.isActive('clause', { kind: 'annex' }),
    enabled: outsideTable,
  },
  provision('requirement', 's'),
  provision('recommendation', 'h'),
  provision('permission', 'p'),
  provision('statement', '0'),
  provision('note', 'n'),
  provision('example', 'e'),
  {
    id: 'term',
    group: 'block',
    label: 'action.term',
    short: 'short.term',
    shortcut: 'Mod-Alt-t',
    run: (_editor, host) => {
      host.openTermDialog();
      return true;
    },
    isActive: (editor) => editor.isActive('term'),
    enabled: outsideTable,
  },
  {
    id: 'bullet-list',
    group: 'block',
    label: 'action.bulletList',
    short: 'short.bulletList',
    shortcut: 'Mod-Shift-8',
    run: (editor) => toggleList(editor, 'bulletList'),
    isActive: (editor) => editor.isActive('bulletList'),
    enabled: outsideTable,
  },
  {
    id: 'ordered-list',
    group: 'block',
    label: 'action.orderedList',
    short: 'short.orderedList',
    shortcut: 'Mod-Shift-7',
    run: (editor) => toggleList(editor, 'orderedList'),
    isActive: (editor) => editor.isActive('orderedList'),
    enabled: outsideTable,
  },
  {
    id: 'task-list',
    group: 'block',
    label: 'action.taskList',
    short: 'short.taskList',
    shortcut: 'Mod-Shift-9',
    run: (editor) => toggleList(editor, 'taskList'),
    isActive: (editor) => editor.isActive('taskList'),
    enabled: outsideTable,
  },
  {
    id: 'table',
    group: 'block',
    label: 'action.table',
    short: 'short.table',
    run: (editor) =>
      editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    enabled: outsideTable,
  },
  {
    id: 'row-after',
    group: 'table',
    label: 'action.rowAfter',
    short: 'short.rowAfter',
    run: (editor) => editor.chain().focus().addRowAfter().run(),
    enabled: inTable,
  },
  {
    id: 'column-after',
    group: 'table',
    label: 'action.columnAfter',
    short: 'short.columnAfter',
    run: (editor) => editor.chain().focus().addColumnAfter().run(),
    enabled: inTable,
  },
  {
    id: 'delete-row',
    group: 'table',
    label: 'action.deleteRow',
    short: 'short.deleteRow',
    run: (editor) => editor.chain().focus().deleteRow().run(),
    enabled: inTable,
  },
  {
    id: 'delete-column',
    group: 'table',
    label: 'action.deleteColumn',
    short: 'short.deleteColumn',
    run: (editor) => editor.chain().focus().deleteColumn().run(),
    enabled: inTable,
  },
  {
    id: 'table-title',
    group: 'table',
    label: 'action.tableTitle',
    short: 'short.tableTitle',
    run: (_editor, host) => {
      host.openTableTitleDialog();
      return true;
    },
    enabled: inTable,
  },
  {
    id: 'delete-table',
    group: 'table',
    label: 'action.deleteTable',
    short: 'short.deleteTable',
    run: (editor) => editor.chain().focus().deleteTable().run(),
    enabled: inTable,
  },
  {
    id: 'bold',
    group: 'inline',
    label: 'action.bold',
    short: 'short.bold',
    shortcut: 'Mod-b',
    run: (editor) => editor.chain().focus().toggleMark('bold').run(),
    isActive: (editor) => editor.isActive('bold'),
  },
  {
    id: 'italic',
    group: 'inline',
    label: 'action.italic',
    short: 'short.italic',
    shortcut: 'Mod-i',
    run: (editor) => editor.chain().focus().toggleMark('italic').run(),
    isActive: (editor) => editor.isActive('italic'),
  },
  {
    id: 'link',
    group: 'inline',
    label: 'action.link',
    short: 'short.link',
    shortcut: 'Mod-k',
    run: (_editor, host) => {
      host.openLinkDialog();
      return true;
    },
    isActive: (editor) => editor.isActive('link'),
  },
  {
    id: 'cross-ref',
    group: 'inline',
    label: 'action.crossRef',
    short: 'short.crossRef',
    shortcut: 'Mod-Alt-r',
    run: (_editor, host) => {
      host.openCrossRefPicker();
      return true;
    },
  },
  {
    id: 'shortcuts',
    group: 'help',
    label: 'action.shortcuts',
    short: 'short.shortcuts',
    shortcut: 'Mod-/',
    run: (_editor, host) => {
      host.openShortcutHelp();
      return true;
    },
  },
];

/** Use to show a shortcut to people: 'Mod-Alt-1' → 'Ctrl+Alt+1' (or ⌘⌥1 on a Mac). */
export function formatShortcut(shortcut: string): string {
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  return shortcut
    .split('-')
    .map((part) => {
      if (part === 'Mod') return mac ? '⌘' : 'Ctrl';
      if (part === 'Alt') return mac ? '⌥' : 'Alt';
      if (part === 'Shift') return mac ? '⇧' : 'Shift';
      return part.length === 1 ? part.toUpperCase() : part;
    })
    .join(mac ? '' : '+');
}

/** Use for aria-keyshortcuts: 'Mod-Alt-1' → 'Control+Alt+1'. */
export function ariaShortcut(shortcut: string): string {
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  return shortcut
    .split('-')
    .map((part) =>
      part === 'Mod' ? (mac ? 'Meta' : 'Control') : part.length === 1 ? part.toUpperCase() : part,
    )
    .join('+');
}

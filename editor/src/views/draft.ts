// The draft view: toolbar, outline, the shared text, presence, status and a slot for side panels.
import type { Editor } from '@tiptap/core';
import { getStandard } from '../api/endpoints.ts';
import type { StandardSummary } from '../api/schemas.ts';
import { openConnection, type ConnectionState } from '../draft/connection.ts';
import { createDialogHost } from '../draft/dialog-host.ts';
import { createDraftEditor } from '../draft/editor-factory.ts';
import { createFindingNote } from '../draft/finding-note.ts';
import { FindingsStore } from '../draft/findings-store.ts';
import { NumberingStore } from '../draft/numbering-store.ts';
import { createOutline } from '../draft/outline.ts';
import {
  blockIdsBetween,
  createDraftPanels,
  findBlock,
  onPanelReveal,
  parseServerMessage,
  type DraftContext,
  type ServerMessage,
} from '../draft/panel-slot.ts';
import { createPresence } from '../draft/presence.ts';
import { createStatusIndicator } from '../draft/status-indicator.ts';
import { createToolbar } from '../draft/toolbar.ts';
import { guardUnsyncedChanges } from '../draft/unsaved-guard.ts';
import { createValidation } from '../draft/validation.ts';
import { plural, t, type MessageKey } from '../i18n/index.ts';
import { navigate } from '../navigation.ts';
import type { View } from '../router.ts';
import { me } from '../session.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { openOnWideScreens } from '../ui/narrow-screen.ts';
import { pageFrame } from '../ui/layout.ts';
import { standardNav } from '../releases/standard-nav.ts';

function readOnlyRole(role: StandardSummary['role']): boolean {
  return role === 'reviewer' || role === 'observer';
}

function refusalBanner(state: ConnectionState): HTMLElement | null {
  if (state.kind !== 'refused') return null;
  if (state.reason === 'reload') {
    return h(
      'div',
      { class: 'banner error', role: 'alert' },
      h('p', {}, t('draft.outdated')),
      h('button', { type: 'button', onclick: () => location.reload() }, t('draft.reload')),
    );
  }
  if (state.reason === 'forbidden')
    return h('div', { class: 'banner error', role: 'alert' }, h('p', {}, t('draft.forbidden')));
  if (state.reason === 'read-only') {
    const unsaved = state.unsaved ?? 0;
    return h(
      'div',
      { class: 'banner error', role: 'alert' },
      h('p', {}, t('draft.nowReadOnly')),
      unsaved > 0
        ? h('p', {}, plural(unsaved, 'draft.nowReadOnlyLostOne', 'draft.nowReadOnlyLost'))
        : null,
      h('button', { type: 'button', onclick: () => location.reload() }, t('draft.reload')),
    );
  }
  return null;
}

/** The server's word that someone replaced the draft with a release's text; null otherwise. */
function draftReplaced(message: ServerMessage): { version: string; by: string } | null {
  if (message.type !== 'draft-replaced') return null;
  const { version, by } = message;
  return typeof version === 'string' && typeof by === 'string' ? { version, by } : null;
}

/** Says who replaced the draft, with which version, and when; the reader closes it. */
function replacedNotice(said: { version: string; by: string }, close: () => void): HTMLElement {
  const time = new Date().toLocaleTimeString(undefined, { timeStyle: 'short' });
  return h(
    'div',
    { class: 'notice draft-replaced', role: 'status' },
    h('p', {}, t('draft.replaced', { name: said.by, version: said.version, time })),
    h('button', { type: 'button', class: 'secondary', onclick: close }, t('dialog.close')),
  );
}

/**
 * The side panels (comments…): beside the text on wide screens; below it on a tablet, where
 * they start folded to one heading button so the text keeps the screen.
 */
function foldablePanels(panels: readonly { title: string; element: HTMLElement }[]): {
  element: HTMLElement;
  destroy: () => void;
} {
  const sections = panels.map((p) =>
    h('section', { class: 'side-panel', 'aria-label': p.title }, p.element),
  );
  sections.forEach((section, i) => (section.id = `side-panel-${i}`));
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'panels-toggle',
      'aria-controls': sections.map((s) => s.id).join(' '),
      onclick: () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'),
    },
    panels.map((p) => p.title).join(' · '),
  );
  const aside = h(
    'aside',
    { class: 'side-panels', 'aria-label': t('draft.panels') },
    toggle,
    ...sections,
  );
  const setOpen = (open: boolean): void => {
    toggle.setAttribute('aria-expanded', String(open));
    aside.classList.toggle('folded', !open);
  };
  const stopFollowingWidth = openOnWideScreens(setOpen);
  onPanelReveal(aside, () => setOpen(true));
  return { element: aside, destroy: stopFollowingWidth };
}

/** Use as the view for /edit/s/:slug. */
export const draftView: View = async ({ params, root }) => {
  const user = me();
  const slug = params.slug ?? '';
  const main = pageFrame(root, { wide: true });
  if (!user) return;
  const found = await getStandard(slug);
  if (!found.ok) {
    replaceChildren(
      main,
      h('h1', {}, t('draft.notFoundTitle')),
      h(
        'p',
        { class: 'message error' },
        found.status === 404 || found.status === 403
          ? t('draft.notFound')
          : found.detail || found.title,
      ),
    );
    return;
  }
  const standard = found.data;
  const readOnly = readOnlyRole(standard.role);
  const connection = openConnection(standard.document, { readOnly });
  const store = new NumberingStore(standard.language);
  const findings = new FindingsStore();
  let editor: Editor | null = null;
  const host = createDialogHost(() => editor, store);

  const text = h('div', { id: 'draft-text', class: 'draft-text' });
  const ed = createDraftEditor({
    element: text,
    connection,
    store,
    findings,
    user: { name: user.name, color: user.color },
    editable: !readOnly,
    label: t('draft.textLabel', { title: standard.title }),
    host,
  });
  editor = ed;

  const toolbar = createToolbar(ed, host, readOnly);
  const outline = createOutline(ed, store, !readOnly);
  const presence = createPresence(connection);
  const status = createStatusIndicator(connection, readOnly);
  const banner = h('div', { class: 'banner-slot' });
  // Its own slot: the banner above follows the connection and would clear it.
  const replacedSlot = h('div', { class: 'replaced-slot' });
  const validation = createValidation(ed, store, findings, outline);
  const findingNote = createFindingNote(ed, findings);

  const selectionListeners = new Set<() => void>();
  const context: DraftContext = {
    editor: ed,
    standard,
    me: user,
    readOnly,
    numbering: store,
    selectedBlockIds: () => blockIdsBetween(ed, ed.state.selection.from, ed.state.selection.to),
    selectedText: () =>
      ed.state.doc.textBetween(ed.state.selection.from, ed.state.selection.to, ' ').trim(),
    onSelectionChange(listener) {
      selectionListeners.add(listener);
      return () => selectionListeners.delete(listener);
    },
    revealBlock(id) {
      const pos = findBlock(ed, id);
      if (pos === null) return false;
      ed.chain()
        .focus()
        .setTextSelection(pos + 1)
        .scrollIntoView()
        .run();
      return true;
    },
    onServerMessage(listener) {
      const handler = ({ payload }: { payload: string }): void => {
        const message = parseServerMessage(payload);
        if (message) listener(message);
      };
      connection.provider.on('stateless', handler);
      return () => connection.provider.off('stateless', handler);
    },
  };
  const panels = createDraftPanels(context);

  const header = h(
    'div',
    { class: 'draft-header' },
    h('h1', { class: 'draft-title' }, standard.title, h('span', { class: 'slug' }, standard.slug)),
    h('span', { class: `badge role-${standard.role}` }, t(`role.${standard.role}` as MessageKey)),
    standardNav(standard, 'draft'),
    status.element,
    h(
      'div',
      { class: 'presence' },
      h('span', { class: 'visually-hidden' }, t('presence.label')),
      presence.element,
    ),
  );
  const notice = readOnly
    ? h(
        'p',
        { class: 'notice read-only', role: 'note', 'data-testid': 'read-only-notice' },
        t('draft.readOnly', { role: t(`role.${standard.role}` as MessageKey) }),
      )
    : null;
  const panelArea = panels.length > 0 ? foldablePanels(panels) : null;
  const layout = h(
    'div',
    { class: `draft-layout${panelArea ? ' with-panels' : ''}` },
    outline.element,
    h('div', { class: 'draft-text-wrap' }, text),
    panelArea?.element ?? null,
  );
  replaceChildren(
    main,
    header,
    banner,
    notice,
    toolbar.element,
    toolbar.hint,
    replacedSlot,
    // Its reserved line is for writers, who can act on what the checks say at the caret.
    readOnly ? null : findingNote.element,
    layout,
  );
  main.classList.add('draft');

  const onState = (state: ConnectionState): void => {
    if (state.kind === 'refused' && state.reason === 'unauthorized') {
      navigate(`sign-in?next=${encodeURIComponent(`s/${slug}`)}&ended=1`, { replace: true });
      return;
    }
    const next = refusalBanner(state);
    replaceChildren(banner, next);
    if (state.kind === 'refused') ed.setEditable(false);
  };
  const offState = connection.onChange(onState);

  const onSelection = (): void => {
    toolbar.refresh();
    outline.markCurrent();
    for (const listener of selectionListeners) listener();
  };
  ed.on('selectionUpdate', onSelection);
  ed.on('transaction', toolbar.refresh);
  toolbar.refresh();

  const onKey = (event: KeyboardEvent): void => {
    if (event.altKey && event.key === 'F10') {
      event.preventDefault();
      toolbar.focusToolbar();
    }
  };
  text.addEventListener('keydown', onKey);
  // A cross-reference jumps to its clause inside the editor instead of changing the URL.
  const onClick = (event: MouseEvent): void => {
    const ref = (event.target as Element | null)?.closest?.('.cross-ref');
    const target = ref?.getAttribute('data-target');
    if (!target) return;
    event.preventDefault();
    context.revealBlock(target);
  };
  text.addEventListener('click', onClick);
  const removeGuard = guardUnsyncedChanges(connection);
  const offReplaced = context.onServerMessage((message) => {
    const said = draftReplaced(message);
    if (said)
      replaceChildren(
        replacedSlot,
        replacedNotice(said, () => replacedSlot.replaceChildren()),
      );
  });

  return () => {
    removeGuard();
    offReplaced();
    offState();
    text.removeEventListener('keydown', onKey);
    text.removeEventListener('click', onClick);
    for (const panel of panels) panel.destroy?.();
    panelArea?.destroy();
    validation.destroy();
    findingNote.destroy();
    outline.destroy();
    presence.destroy();
    status.destroy();
    ed.destroy();
    connection.destroy();
  };
};

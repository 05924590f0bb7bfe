// Who is here: the people with this draft open, from the provider's awareness states.
import { t } from '../i18n/index.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import type { Connection } from './connection.ts';

interface Person {
  name: string;
  color: string;
  self: boolean;
}

/** Use to list people once each (a person may have several tabs open). */
export function peopleOf(states: Map<number, Record<string, unknown>>, selfId: number): Person[] {
  const byKey = new Map<string, Person>();
  for (const [clientId, state] of states) {
    const user = state.user as { name?: unknown; color?: unknown } | undefined;
    if (typeof user?.name !== 'string') continue;
    const color = typeof user.color === 'string' ? user.color : '#4d5b7c';
    const key = `${user.name}\u0000${color}`;
    const existing = byKey.get(key);
    const self = clientId === selfId;
    if (existing) existing.self ||= self;
    else byKey.set(key, { name: user.name, color, self });
  }
  return [...byKey.values()].sort(
    (a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name),
  );
}

/** Use once per draft: a live list of who is here. */
export function createPresence(connection: Connection) {
  const list = h('ul', { class: 'presence-list', 'aria-label': t('presence.label') });
  const awareness = connection.provider.awareness;
  let shown = '';
  const render = (): void => {
    if (!awareness) return;
    const people = peopleOf(awareness.getStates(), connection.ydoc.clientID);
    // Every caret move is an awareness change: rebuild the list only when it differs.
    const key = JSON.stringify(people);
    if (key === shown) return;
    shown = key;
    replaceChildren(
      list,
      ...people.map((p) => {
        const dot = h('span', { class: 'presence-dot', 'aria-hidden': 'true' });
        dot.style.backgroundColor = p.color;
        return h(
          'li',
          { class: 'presence-person', title: p.name },
          dot,
          // Isolated: direction marks inside a name must not reorder what follows it.
          h('bdi', {}, p.name),
          p.self ? ` ${t('presence.youMark')}` : null,
        );
      }),
    );
  };
  awareness?.on('change', render);
  render();
  return {
    element: list,
    destroy: () => awareness?.off('change', render),
  };
}

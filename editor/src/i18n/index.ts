// One message catalogue per language; English is the source and the fallback.
import { en, type MessageKey } from './en.ts';

const catalogue: Readonly<Record<MessageKey, string>> = en;

/** Use for every user-facing string: t('home.title') or t('status.offline', { count: 3 }). */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  // A key missing from a catalogue shows as itself rather than breaking the page.
  const template: string = catalogue[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : match,
  );
}

export type { MessageKey };

/** Use for a count in words: `one` when `count` is 1, else `many` ({count} in both). */
export function plural(
  count: number,
  one: MessageKey,
  many: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return t(count === 1 ? one : many, { ...params, count });
}

import type { RemovedTarget } from './site-model.ts';

export interface VersionIds {
  version: string;
  labels: ReadonlyMap<string, string>;
}

/**
 * Ids that older versions had and the current version lacks, each with the last version that
 * had it and the version that removed it. `versions` are oldest first, current last.
 */
export function removedTargets(versions: readonly VersionIds[]): RemovedTarget[] {
  const current = versions.at(-1);
  if (!current) return [];
  const found = new Map<string, RemovedTarget>();
  versions.forEach((v, i) => {
    const next = versions[i + 1];
    if (!next) return;
    for (const [id, label] of v.labels) {
      if (current.labels.has(id) || next.labels.has(id)) continue;
      found.set(id, { id, label, lastVersion: v.version, removedIn: next.version });
    }
  });
  return [...found.values()];
}

// The shapes the site's pages render. site-data.ts fills them from the release files
// through the model (model/index.ts); pages never touch Markdown or model JSON themselves.
import type { WordChange } from '../../model/index.ts';
import type { VersionStanding } from '../../model/release-standing.ts';
import type { ReleaseMeta } from './release-meta.ts';

/** A clause in a version's table of contents. `number` is null for front matter. */
export interface OutlineEntry {
  id: string;
  number: string | null;
  title: string;
  level: number;
}

/** A term of the glossary, linking to its definition in the text. */
export interface GlossaryEntry {
  id: string;
  term: string;
  alternatives: string[];
  definition: string;
}

export type ChangeKind = 'added' | 'removed' | 'amended' | 'renumbered' | 'moved';

/** One line of a version's "what changed" page. */
export interface ChangeItem {
  kind: ChangeKind;
  id: string;
  /** "Clause 4.2 Title" or "Provision 4.2.3" as it reads in the version shown. */
  label: string;
  /** For renumbered items: the old and new numbers. */
  from?: string;
  to?: string;
  /** Where to read it: this version for kept items, the previous version for removed ones. */
  href: string;
  /** For added and removed blocks: their plain text. */
  text?: string | null;
  /** For amended items: the word-level diff of the text, when the text changed. */
  words?: WordChange[] | null;
}

/** A clause or provision of an older version that no longer exists in the current one. */
export interface RemovedTarget {
  id: string;
  label: string;
  /** The last version that had it. */
  lastVersion: string;
  removedIn: string;
}

/** A numbered clause or provision: what a search by its number lists. */
export interface NumberedEntry {
  id: string;
  /** "7.2", "7.2.1", "A.1". */
  number: string;
  /** "7.2 Urgent referral", "Annex A Indicator checklist", "Provision 7.2.1". */
  title: string;
  /** A provision's text; empty for a clause. */
  text: string;
}

/** One version of a standard, ready to render. */
export interface VersionView {
  meta: ReleaseMeta;
  /** The standard's body as HTML, from the model's modelToHtml. */
  html: string;
  outline: OutlineEntry[];
  glossary: GlossaryEntry[];
  numbered: NumberedEntry[];
  /** Changes from the previous version, or null for a first version. */
  changes: ChangeItem[] | null;
  /** In force, upcoming, superseded or withdrawn on the build day (effective dates decide). */
  standing: VersionStanding;
}

/** A standard with every version, oldest first. */
export interface StandardView {
  slug: string;
  versions: VersionView[];
  /**
   * The version readers should use: the one in force on the build day; before any is in
   * force, the first upcoming one; if all are withdrawn, the newest.
   */
  current: VersionView;
  /** Published versions that come into effect after the build day, oldest first. */
  upcoming: VersionView[];
  /** Ids of older versions missing from the current one, for :target notes. */
  removed: RemovedTarget[];
  /** The build day (YYYY-MM-DD) the standings were worked out for: a saved copy shows its age. */
  asOf: string;
}

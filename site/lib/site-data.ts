// Everything the pages render, computed once per build from the release files alone.
import { messages } from '../i18n/index.ts';
import { computeNumbering, referenceText } from '../../model/index.ts';
import { decorateTree } from './decorate-hast.ts';
import { changeItems } from './change-items.ts';
import { diffVersions, toHast, toHtmlString, toModel } from './model-bridge.ts';
import { readReleases, type ReleaseFiles } from './read-releases.ts';
import { removedTargets } from './removed-targets.ts';
import type { StandardView, VersionView } from './site-model.ts';
import { standardUrl, versionUrl } from './urls.ts';
import { versionFacts, type VersionFacts } from './version-facts.ts';

/** The release files the site is built from (tests point this at fixtures). */
export function standardsDir(): string {
  return process.env.ACCORD_STANDARDS_DIR ?? './standards';
}

let cache: { dir: string; site: StandardView[] } | undefined;

/** Every standard with every version, ready to render; memoised for the build. */
export function loadSite(): StandardView[] {
  const dir = standardsDir();
  if (cache?.dir !== dir)
    cache = { dir, site: readReleases(dir).map((s) => buildStandard(s.slug, s.versions)) };
  return cache.site;
}

interface Prepared {
  files: ReleaseFiles;
  doc: ReturnType<typeof toModel>;
  facts: VersionFacts;
}

function buildStandard(slug: string, releases: ReleaseFiles[]): StandardView {
  const prepared: Prepared[] = releases.map((files) => {
    const m = messages(files.language);
    const doc = toModel(files.markdown);
    const facts = versionFacts(doc, files.language, {
      clause: m.clauseLabel,
      provision: m.provisionLabel,
      term: m.termLabel,
      unnumbered: m.sectionLabel,
      paragraphIn: m.paragraphIn,
      noteIn: m.noteIn,
      exampleIn: m.exampleIn,
      listIn: m.listIn,
      tableIn: m.tableIn,
    });
    return { files, doc, facts };
  });
  const currentIndex = findCurrent(releases);
  const current = prepared[currentIndex];
  if (!current) throw new Error(`standard ${slug} has no versions`);
  const currentLang = current.files.language;
  const currentNumbers = computeNumbering(current.doc, { lang: currentLang });
  const currentTarget = {
    url: standardUrl(slug),
    refOf: (id: string) => referenceText(currentNumbers, id, currentLang),
    has: (id: string) => current.facts.labels.has(id),
  };

  const versions: VersionView[] = prepared.map((p, i) => {
    const previous = i > 0 ? prepared[i - 1] : undefined;
    const lang = p.files.language;
    const version = p.files.meta.version;
    const m = messages(lang);
    const tree = toHast(p.doc, { lang, version, previous: previous?.doc ?? null });
    decorateTree(tree, {
      labels: p.facts.labels,
      words: m,
      // Older versions point every clause at the same id in the current version.
      current: i === currentIndex ? null : currentTarget,
    });
    return {
      meta: p.files.meta,
      html: toHtmlString(tree),
      outline: p.facts.outline,
      glossary: p.facts.glossary,
      changes: previous
        ? changeItems(diffVersions(previous.doc, p.doc, lang), {
            newLabels: p.facts.labels,
            oldLabels: previous.facts.labels,
            newUrl: versionUrl(slug, version),
            oldUrl: versionUrl(slug, previous.files.meta.version),
          })
        : null,
    };
  });
  const removed = removedTargets(
    prepared
      .slice(0, currentIndex + 1)
      .map((p) => ({ version: p.files.meta.version, labels: p.facts.labels })),
  );
  return { slug, versions, current: versions[currentIndex] ?? versions[0]!, removed };
}

/** The newest published version; if none is published (all withdrawn), the newest. */
function findCurrent(releases: ReleaseFiles[]): number {
  for (let i = releases.length - 1; i >= 0; i -= 1) {
    if (releases[i]?.meta.status === 'published') return i;
  }
  return releases.length - 1;
}

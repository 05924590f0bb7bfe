// Everything the pages render, computed once per build from the release files alone.
import { messages } from '../i18n/index.ts';
import { computeNumbering, referenceText } from '../../model/index.ts';
import { localDay, releaseStanding, type StandardStanding } from '../../model/release-standing.ts';
import { decorateTree } from './decorate-hast.ts';
import { changeItems } from './change-items.ts';
import { diffVersions, toHast, toHtmlString, toModel } from './model-bridge.ts';
import { readReleases, type ReleaseFiles } from './read-releases.ts';
import { removedTargets } from './removed-targets.ts';
import type { StandardView, VersionView } from './site-model.ts';
import { standardUrl, versionUrl } from '../../model/site-urls.ts';
import { versionFacts, type VersionFacts } from './version-facts.ts';

/** The release files the site is built from (tests point this at fixtures). */
export function standardsDir(): string {
  return process.env.ACCORD_STANDARDS_DIR ?? './standards';
}

/**
 * The day the site is built for (YYYY-MM-DD): which version is in force depends on it.
 * ACCORD_SITE_TODAY sets it (tests, previews of a coming date); else the local date.
 */
export function siteToday(): string {
  const set = process.env.ACCORD_SITE_TODAY;
  if (set === undefined || set === '') return localDay();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(set)) throw new Error('ACCORD_SITE_TODAY must be YYYY-MM-DD');
  return set;
}

let cache: { dir: string; today: string; site: StandardView[] } | undefined;

/** Every standard with every version, ready to render; memoised for the build. */
export function loadSite(): StandardView[] {
  const dir = standardsDir();
  const today = siteToday();
  if (cache?.dir !== dir || cache.today !== today) {
    const site = readReleases(dir).map((s) => buildStandard(s.slug, s.versions, today));
    cache = { dir, today, site };
  }
  return cache.site;
}

interface Prepared {
  files: ReleaseFiles;
  doc: ReturnType<typeof toModel>;
  facts: VersionFacts;
}

function buildStandard(slug: string, releases: ReleaseFiles[], today: string): StandardView {
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
  const standing = releaseStanding(
    releases.map((r) => r.meta),
    today,
  );
  const currentIndex = findCurrent(releases, standing);
  const current = prepared[currentIndex];
  if (!current) throw new Error(`standard ${slug} has no versions`);
  const currentLang = current.files.language;
  const currentNumbers = computeNumbering(current.doc, { lang: currentLang });
  // Notes on the current page for ids that versions up to it had and it lacks.
  const removed = removedTargets(
    prepared
      .slice(0, currentIndex + 1)
      .map((p) => ({ version: p.files.meta.version, labels: p.facts.labels })),
  );
  const noted = new Set(removed.map((r) => r.id));
  const currentTarget = {
    url: standardUrl(slug),
    refOf: (id: string) => referenceText(currentNumbers, id, currentLang),
    has: (id: string) => current.facts.labels.has(id),
    hasNote: (id: string) => noted.has(id),
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
      numbered: p.facts.numbered,
      changes: previous
        ? changeItems(diffVersions(previous.doc, p.doc, lang), {
            newLabels: p.facts.labels,
            oldLabels: previous.facts.labels,
            newUrl: versionUrl(slug, version),
            oldUrl: versionUrl(slug, previous.files.meta.version),
          })
        : null,
      standing: standing.versions[i] ?? {
        version,
        standing: 'withdrawn',
        supersededBy: null,
        supersededOn: null,
      },
    };
  });
  const upcoming = versions.filter((v) => v.standing.standing === 'upcoming');
  return {
    slug,
    versions,
    current: versions[currentIndex] ?? versions[0]!,
    upcoming,
    removed,
    asOf: today,
  };
}

/**
 * The version in force today; before any is, the first upcoming one (readers need a text);
 * if every version is withdrawn, the newest.
 */
function findCurrent(releases: ReleaseFiles[], standing: StandardStanding): number {
  const wanted = standing.inForce ?? standing.upcoming[0];
  const index = releases.findIndex((r) => r.meta.version === wanted);
  return index >= 0 ? index : releases.length - 1;
}

// The checks' findings in words for the releases page: a list before freezing, and a sentence
// in the approve and publish questions. Errors stop a freeze; warnings and advice do not, so
// this is where the working group and the admins see them before frontline readers do.
import { findingText } from '../i18n/finding-text.ts';
import { plural, t } from '../i18n/index.ts';
import { h } from '../ui/dom.ts';
import type { Finding } from './api.ts';

/** The most findings named in a question; the rest are counted. */
const NAMED_IN_QUESTION = 4;

/** "2.2: Term defined twice", or the finding alone when it is in no numbered clause. */
export function findingWords(finding: Finding): string {
  const what = findingText(finding);
  return finding.where ? t('releases.checkAt', { where: finding.where, what }) : what;
}

/** Use on the releases page (editors): the draft's findings, or null when there are none. */
export function draftChecks(findings: readonly Finding[], draftHref: string): HTMLElement | null {
  if (findings.length === 0) return null;
  const blocking = findings.some((f) => f.severity === 'error');
  return h(
    'section',
    { class: 'draft-checks', 'aria-labelledby': 'draft-checks-title' },
    h('h2', { id: 'draft-checks-title' }, t('releases.checksTitle')),
    h('p', {}, t(blocking ? 'releases.checksBlocking' : 'releases.checksIntro')),
    h(
      'ul',
      {},
      ...findings.map((f) =>
        h(
          'li',
          { class: `check-${f.severity}` },
          h('span', { class: 'check-severity' }, t(`releases.severity.${f.severity}`)),
          ' ',
          findingWords(f),
        ),
      ),
    ),
    h('p', {}, h('a', { href: draftHref, 'data-link': true }, t('releases.checksOpenDraft'))),
  );
}

/** Use in the approve and publish questions: one sentence, or '' when the checks found nothing. */
export function checksSentence(version: string, findings: readonly Finding[]): string {
  if (findings.length === 0) return '';
  const named = findings.slice(0, NAMED_IN_QUESTION).map(findingWords).join('; ');
  const more = findings.length - NAMED_IN_QUESTION;
  const list = more > 0 ? `${named}; ${t('releases.checksMore', { count: more })}` : named;
  return plural(findings.length, 'releases.checksQuestionOne', 'releases.checksQuestion', {
    version,
    list,
  });
}

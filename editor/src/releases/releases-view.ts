// The Releases page of a standard: its versions, the candidate form and the lifecycle actions.
import { localDay } from '../../../model/release-standing.ts';
import { getStandard } from '../api/endpoints.ts';
import type { StandardSummary } from '../api/schemas.ts';
import { confirmAction } from '../ui/confirm-dialog.ts';
import { problemText } from '../ui/problem-text.ts';
import { fetchRounds } from '../review/api.ts';
import { plural, t } from '../i18n/index.ts';
import type { View } from '../router.ts';
import { me } from '../session.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { messageBox, pageFrame, showMessage } from '../ui/layout.ts';
import {
  draftFindings,
  listReleases,
  releaseFindings,
  startDraftFrom,
  transition,
  withdraw,
  type Release,
} from './api.ts';
import { candidateForm } from './candidate-form.ts';
import { checksSentence, draftChecks } from './findings-summary.ts';
import { roundWords } from './format.ts';
import { releaseRow, standingsOn, type ReleaseAction } from './release-row.ts';
import { standardNav } from './standard-nav.ts';
import { undisposedComments } from './undisposed.ts';
import './releases.css';

/** Use for a standard page that failed to load (unknown slug, no role, offline). */
export function standardUnavailable(main: HTMLElement, status: number, detail: string): void {
  replaceChildren(
    main,
    h('h1', {}, t('draft.notFoundTitle')),
    h(
      'p',
      { class: 'message error', role: 'alert' },
      status === 404 || status === 403 ? t('draft.notFound') : detail,
    ),
  );
}

type OpenRound = NonNullable<StandardSummary['status']['round']>;

/** Ask, call the server, and report: one lifecycle action on one release. */
async function runAction(
  slug: string,
  action: ReleaseAction,
  release: Release,
  round: OpenRound | null,
  undisposed: number,
  others: Release[],
): Promise<{ ok: boolean; text: string }> {
  const v = { version: release.version };
  // Publishing ahead of the effective date makes it upcoming, not in force (model/release-standing.ts).
  const upcoming = release.effectiveDate > localDay();
  // The first version published has nothing in force to supersede or to wait behind.
  const inForceNow = others.some(
    (r) => r.id !== release.id && r.status === 'published' && r.effectiveDate <= localDay(),
  );
  const asks = {
    approve: [t('releases.approveNamed', v), t('releases.approveConfirm', v)],
    publish: [
      t('releases.publishNamed', v),
      upcoming
        ? t(
            inForceNow ? 'releases.publishConfirmUpcoming' : 'releases.publishConfirmFirstUpcoming',
            {
              ...v,
              date: release.effectiveDate,
            },
          )
        : t(inForceNow ? 'releases.publishConfirm' : 'releases.publishConfirmFirst', v),
    ],
    withdraw: [
      t('releases.withdrawNamed', v),
      release.publishedAt === null
        ? t('releases.withdrawConfirmUnpublished', v)
        : t('releases.withdrawConfirm', v),
    ],
    restore: [t('releases.restoreNamed', v), t('releases.restoreConfirm', v)],
  } as const;
  const [title, asked] = asks[action];
  // Approving or publishing while comments still come in is allowed, but never unnoticed.
  // So are comments nobody has answered yet.
  const signOff = action === 'approve' || action === 'publish';
  const withRound =
    round && signOff
      ? t('releases.openRoundQuestion', { question: asked, ...roundWords(round) })
      : asked;
  const withComments =
    undisposed > 0 && signOff
      ? `${withRound} ${plural(undisposed, 'releases.undisposedQuestionOne', 'releases.undisposedQuestion')}`
      : withRound;
  // And what the checks found in the frozen text (a failure to ask leaves it out).
  const checks = signOff ? await releaseFindings(slug, release.version) : null;
  const found = checks?.ok ? checksSentence(release.version, checks.data.findings) : '';
  const question = found ? `${withComments} ${found}` : withComments;
  const answer = await confirmAction({
    title,
    question,
    confirmLabel: title,
    danger: action === 'withdraw' || action === 'restore',
    reasonLabel: action === 'withdraw' ? t('releases.withdrawReason') : undefined,
  });
  if (!answer) return { ok: false, text: '' };
  const result =
    action === 'withdraw'
      ? await withdraw(slug, release.version, answer.reason)
      : action === 'restore'
        ? await startDraftFrom(slug, release.version)
        : await transition(slug, release.version, action);
  if (!result.ok) return { ok: false, text: t('releases.failed', { detail: problemText(result) }) };
  const done = {
    approve: 'releases.approved',
    publish: 'releases.published',
    withdraw: 'releases.withdrawn',
    restore: 'releases.restored',
  } as const;
  return { ok: true, text: t(done[action], v) };
}

function releasesTable(
  standard: StandardSummary,
  releases: Release[],
  today: string,
  onAction: (action: ReleaseAction, release: Release) => void,
): HTMLElement {
  if (releases.length === 0) return h('p', { class: 'empty' }, t('releases.none'));
  // Which version is in force depends on today's date, not on the order of publication.
  const standingOf = standingsOn(releases, today);
  const can = {
    admin: me()?.isAdmin === true,
    editor: standard.role === 'editor' || standard.role === 'admin',
  };
  const head = [
    'releases.version',
    'releases.status',
    'releases.dates',
    'releases.changeNote',
    'releases.hash',
    'releases.actions',
  ] as const;
  return h(
    'table',
    { class: 'releases-table', 'aria-labelledby': 'releases-list-title' },
    h('thead', {}, h('tr', {}, ...head.map((key) => h('th', { scope: 'col' }, t(key))))),
    // Newest first: the version people act on is at the top.
    h(
      'tbody',
      {},
      ...[...releases].reverse().map((r) => releaseRow(standard, r, standingOf(r), can, onAction)),
    ),
  );
}

/** Use as the view for /edit/s/:slug/releases. */
export const releasesView: View = async ({ params, root }) => {
  const slug = params.slug ?? '';
  const main = pageFrame(root, { wide: true });
  const found = await getStandard(slug);
  if (!found.ok) return standardUnavailable(main, found.status, problemText(found));
  const standard = found.data;
  const openRound = standard.status.round;
  const status = messageBox();
  const list = h('div', { 'aria-busy': 'true' }, h('p', {}, t('releases.loading')));
  const formSlot = h('div');
  const checksSlot = h('div');
  const undisposedSlot = h('div');
  let undisposed = 0;
  replaceChildren(
    main,
    h('h1', {}, t('releases.title', { title: standard.title })),
    standardNav(standard, 'releases'),
    openRound
      ? h(
          'p',
          { class: 'message warning', role: 'note' },
          t('releases.openRound', roundWords(openRound)),
        )
      : null,
    undisposedSlot,
    status,
    h('h2', { id: 'releases-list-title' }, t('releases.list')),
    list,
    checksSlot,
    formSlot,
  );

  let busy = false;
  let shown: Release[] = [];
  const onAction = (action: ReleaseAction, release: Release): void => {
    if (busy) return;
    busy = true;
    void runAction(slug, action, release, openRound, undisposed, shown).then(async (outcome) => {
      busy = false;
      if (outcome.text) showMessage(status, outcome.ok ? 'ok' : 'error', outcome.text);
      if (outcome.ok) await refresh();
    });
  };

  /** The note about unanswered comments; a failure to count them leaves it out. */
  function showUndisposed(count: number): void {
    undisposed = count;
    replaceChildren(
      undisposedSlot,
      count > 0
        ? h(
            'p',
            { class: 'message warning', role: 'note' },
            plural(count, 'releases.undisposedOne', 'releases.undisposed'),
            ' ',
            h(
              'a',
              { href: `/edit/s/${encodeURIComponent(slug)}`, 'data-link': true },
              t('releases.undisposedLink'),
            ),
          )
        : null,
    );
  }

  async function refresh(): Promise<void> {
    const [result, rounds] = await Promise.all([listReleases(slug), fetchRounds(slug)]);
    showUndisposed(rounds.ok ? undisposedComments(rounds.data.rounds) : 0);
    list.removeAttribute('aria-busy');
    if (!result.ok) {
      replaceChildren(list, h('p', { class: 'message error' }, problemText(result)));
      return;
    }
    const releases = result.data.releases;
    shown = releases;
    replaceChildren(list, releasesTable(standard, releases, localDay(), onAction));
    const mayCreate = standard.role === 'editor' || standard.role === 'admin';
    const findings = mayCreate ? await draftFindings(slug) : null;
    replaceChildren(
      checksSlot,
      findings?.ok
        ? draftChecks(findings.data.findings, `/edit/s/${encodeURIComponent(slug)}`)
        : null,
    );
    replaceChildren(
      formSlot,
      mayCreate
        ? candidateForm(slug, releases, openRound, (created) => {
            showMessage(status, 'ok', t('candidate.created', { version: created.version }));
            void refresh();
          })
        : null,
    );
  }
  await refresh();
};

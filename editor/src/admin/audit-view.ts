// The Audit log page (admins): filters, newest-first entries with paging, and a CSV export link.
import { listStandards } from '../api/endpoints.ts';
import { t } from '../i18n/index.ts';
import type { View } from '../router.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { shortDate } from '../ui/dates.ts';
import { messageBox, pageFrame, showMessage } from '../ui/layout.ts';
import { auditQuery, listAudit, listUsers, type AuditEntry, type AuditFilters } from './api.ts';
import { emailText } from './email-text.ts';
import { problemText } from '../ui/problem-text.ts';
import { requireAdmin } from './require-admin.ts';
import './admin.css';

const PAGE = 100;

/** Use to turn a calendar day into the start of that local day as an ISO time ('' stays ''). */
export function dayStart(day: string, addDays = 0): string {
  if (!day) return '';
  const date = new Date(`${day}T00:00:00`);
  date.setDate(date.getDate() + addDays);
  return date.toISOString();
}

function select(id: string, empty: string, options: [string, string][]): HTMLSelectElement {
  return h(
    'select',
    { id },
    h('option', { value: '' }, empty),
    ...options.map(([value, label]) => h('option', { value }, label)),
  );
}

/** Use as the view for /edit/admin/audit. */
export const auditView: View = async ({ root, setTitle }) => {
  setTitle(t('audit.title'));
  const main = pageFrame(root, { wide: true });
  if (!requireAdmin(main)) return;
  const [users, standards] = await Promise.all([listUsers(), listStandards()]);
  const userNames = new Map(users.ok ? users.data.users.map((u) => [u.id, u.email]) : []);
  const slugs = new Map(standards.ok ? standards.data.map((s) => [s.id, s.slug]) : []);

  const action = h('input', { id: 'audit-action', maxlength: 64 });
  const actor = select('audit-actor', t('audit.anyone'), [...userNames]);
  const standard = select('audit-standard', t('audit.anyStandard'), [...slugs]);
  const from = h('input', { id: 'audit-from', type: 'date' });
  const to = h('input', { id: 'audit-to', type: 'date' });
  const csv = h(
    'a',
    { href: '/api/audit?format=csv', download: 'accord-audit.csv' },
    t('audit.csv'),
  );
  const status = messageBox();
  const body = h('tbody');
  const more = h('button', { type: 'button', hidden: true }, t('audit.more'));
  const field = (id: string, label: string, control: HTMLElement) =>
    h('div', { class: 'field' }, h('label', { for: id }, label), control);
  const form = h(
    'form',
    { class: 'card audit-filters', 'aria-labelledby': 'audit-filters-title' },
    h('h2', { id: 'audit-filters-title' }, t('audit.filters')),
    field('audit-action', t('audit.action'), action),
    field('audit-actor', t('audit.actor'), actor),
    field('audit-standard', t('audit.standard'), standard),
    field('audit-from', t('audit.from'), from),
    field('audit-to', t('audit.to'), to),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('audit.apply')), csv),
  );
  const head = [
    'audit.at',
    'audit.action',
    'audit.who',
    'audit.standard',
    'audit.target',
    'audit.detail',
  ] as const;
  replaceChildren(
    main,
    h('h1', { id: 'audit-title' }, t('audit.title')),
    form,
    status,
    h(
      'table',
      { class: 'admin-table audit-table', 'aria-labelledby': 'audit-title' },
      h('thead', {}, h('tr', {}, ...head.map((k) => h('th', { scope: 'col' }, t(k))))),
      body,
    ),
    more,
  );
  if (!users.ok) showMessage(status, 'error', problemText(users));

  const filters = (): AuditFilters => ({
    action: action.value.trim(),
    actor: actor.value,
    standard: standard.value,
    from: dayStart(from.value),
    to: dayStart(to.value, 1),
  });
  const row = (e: AuditEntry): HTMLElement =>
    h(
      'tr',
      { 'data-id': String(e.id) },
      h('td', {}, shortDate(e.at)),
      h('td', {}, h('code', {}, e.action)),
      h(
        'td',
        { class: 'long-text' },
        e.actorEmail ? emailText(e.actorEmail) : t('audit.system'),
        e.actorAgency ? ` (${e.actorAgency})` : '',
      ),
      h(
        'td',
        { class: 'long-text' },
        e.standardId ? (slugs.get(e.standardId) ?? e.standardId) : '',
      ),
      h(
        'td',
        { class: 'long-text' },
        emailText(e.targetUserId ? (userNames.get(e.targetUserId) ?? e.targetUserId) : ''),
      ),
      h('td', {}, h('code', { class: 'detail' }, JSON.stringify(e.detail))),
    );

  let shown = 0;
  async function load(before?: number): Promise<void> {
    const current = filters();
    csv.href = `/api/audit?${auditQuery({ ...current, limit: 10_000 }, 'csv')}`;
    const result = await listAudit({ ...current, before, limit: PAGE });
    if (!result.ok) return showMessage(status, 'error', problemText(result));
    const entries = result.data.entries;
    if (before === undefined) {
      body.replaceChildren();
      shown = 0;
    }
    body.append(...entries.map(row));
    shown += entries.length;
    more.hidden = entries.length < PAGE;
    const last = entries.at(-1);
    more.onclick = last ? () => void load(last.id) : null;
    showMessage(status, 'ok', shown === 0 ? t('audit.none') : t('audit.count', { count: shown }));
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void load();
  });
  await load();
};

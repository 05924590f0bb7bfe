// The Agencies section of the Users page: the list (each agency can be renamed), and a form
// to create one.
import type { Agency } from '../api/schemas.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { AGENCY_KINDS, createAgency, patchAgency } from './api.ts';
import { openDialog } from '../ui/dialog.ts';
import { dialogForm } from '../ui/dialog-form.ts';
import { formFeedback } from '../ui/form-feedback.ts';
import { limited } from '../ui/length-guard.ts';

const kindName = (kind: string) => t(`agencies.kind.${kind}` as MessageKey);

/** A typo in a name, a ministry renamed: a new name; the code stays (comment tables cite it). */
function renameDialog(agency: Agency, onRenamed: () => void): void {
  const dialog = openDialog(t('agencies.renameTitle', { code: agency.code }));
  const name = h('input', { id: 'rename-agency', required: true, value: agency.name });
  dialogForm(
    dialog,
    [h('label', { for: 'rename-agency' }, t('agencies.name')), ...limited(name, 200)],
    t('agencies.rename'),
    () => patchAgency(agency.id, { name: name.value.trim() }),
    onRenamed,
  );
  name.select();
}

/** Use once per Users page; `show` redraws the list and keeps the form (and its message). */
export function agencyPanel(onCreated: () => void): {
  element: HTMLElement;
  show(agencies: Agency[]): void;
} {
  // Limits as the API's (server/accounts/limits.ts), checked without cutting pasted text.
  const code = h('input', { id: 'agency-code', required: true, minlength: 2 });
  const name = h('input', { id: 'agency-name', required: true });
  const kind = h(
    'select',
    { id: 'agency-kind' },
    ...AGENCY_KINDS.map((k) => h('option', { value: k }, kindName(k))),
  );
  const submit = h('button', { type: 'submit' }, t('agencies.create'));
  const feedback = formFeedback('create-agency', { code, name, kind });
  const form = h(
    'form',
    { class: 'form' },
    h('label', { for: 'agency-code' }, t('agencies.code')),
    ...limited(code, 16),
    h('label', { for: 'agency-name' }, t('agencies.name')),
    ...limited(name, 200),
    h('label', { for: 'agency-kind' }, t('agencies.kind')),
    kind,
    submit,
    feedback.element,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    feedback.clear();
    submit.disabled = true;
    void createAgency({ code: code.value.trim(), name: name.value.trim(), kind: kind.value }).then(
      (result) => {
        submit.disabled = false;
        if (!result.ok) return feedback.fail(result);
        form.reset();
        feedback.ok(t('agencies.created', { code: result.data.code }));
        onCreated();
      },
    );
  });
  const list = h('div');
  const element = h(
    'section',
    { class: 'card', 'aria-labelledby': 'agencies-title' },
    h('h2', { id: 'agencies-title' }, t('agencies.title')),
    list,
    form,
  );
  return {
    element,
    show(agencies) {
      replaceChildren(
        list,
        agencies.length === 0
          ? h('p', { class: 'empty' }, t('agencies.none'))
          : h(
              'ul',
              { class: 'agencies' },
              ...agencies.map((a) =>
                h(
                  'li',
                  {},
                  `${a.name} (${a.code}) — ${kindName(a.kind)} `,
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'secondary small',
                      'aria-label': t('agencies.renameTitle', { code: a.code }),
                      onclick: () => renameDialog(a, onCreated),
                    },
                    t('agencies.rename'),
                  ),
                ),
              ),
            ),
      );
    },
  };
}

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { modelToYDoc, type ModelDoc } from '../../model/index.ts';
import { tableHeaders } from './comment-table.ts';
import { parseCsv, toCsv } from './csv.ts';
import { draftFromState } from './draft.ts';
import { planImport } from './import-plan.ts';
import { readXlsx, toXlsx } from './xlsx.ts';

const doc: ModelDoc = {
  type: 'doc',
  content: [
    {
      type: 'clause',
      attrs: { id: 'c-one', level: 1, kind: 'clause' },
      content: [{ type: 'text', text: 'Scope' }],
    },
    {
      type: 'clause',
      attrs: { id: 'c-two', level: 1, kind: 'clause' },
      content: [{ type: 'text', text: 'Referral' }],
    },
    {
      type: 'clause',
      attrs: { id: 'c-twoone', level: 2, kind: 'clause' },
      content: [{ type: 'text', text: 'Who' }],
    },
    {
      type: 'provision',
      attrs: { id: 'p-a', kind: 'requirement' },
      content: [{ type: 'text', text: 'A shall.' }],
    },
    {
      type: 'provision',
      attrs: { id: 'p-b', kind: 'note' },
      content: [{ type: 'text', text: 'A note.' }],
    },
  ],
};
const numbering = draftFromState(Y.encodeStateAsUpdate(modelToYDoc(doc)), 'en').numbering;
const agencies = (cell: string) =>
  cell.toUpperCase() === 'MOH'
    ? { id: 'a-moh', code: 'MOH', name: 'Ministry of Health (illustrative)' }
    : null;

describe('comment table files', () => {
  it('CSV round-trips quotes, commas, new lines and neutralises formulas', () => {
    const rows = [
      tableHeaders(),
      ['MOH', '2.1.1', '2.1', '', 'te', 'Say "who", then,\nwhy', '=HYPERLINK("x")', '', '', '', ''],
    ];
    const csv = toCsv(rows);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(parseCsv(csv)).toEqual({ ok: true, rows });
  });

  it('CSV with semicolons (European spreadsheets) and a broken quote', () => {
    expect(parseCsv('Clause;Comments\r\n2.1;"a; b"\r\n')).toEqual({
      ok: true,
      rows: [
        ['Clause', 'Comments'],
        ['2.1', 'a; b'],
      ],
    });
    expect(parseCsv('Clause,Comments\n2.1,"open')).toMatchObject({ ok: false });
  });

  it('XLSX keeps clause numbers as text', async () => {
    const rows = [tableHeaders(), ['MOH', '', '4.10', '', 'ed', 'Typo', '', '', '', '', '']];
    const read = await readXlsx(await toXlsx(rows, 'Round 1'), 1000);
    expect(read).toMatchObject({ ok: true });
    if (read.ok) expect(read.rows[1]?.slice(0, 6)).toEqual(['MOH', '', '4.10', '', 'ed', 'Typo']);
  });
});

describe('import planning', () => {
  it('find an ISO header below a title block and place rows by number', () => {
    const rows = [
      ['Template for comments and secretariat observations'],
      [],
      [
        'MB/NC¹',
        'Line number',
        'Clause/ Subclause (e.g. 3.1)',
        'Paragraph/ Figure/ Table/',
        'Type of comment²',
        'Comments',
        'Proposed change',
        'Observations of the secretariat',
      ],
      ['MOH', '2.1.1', '', '', 'te', 'Say who.', 'Add who.', ''],
      ['moh', '', '2', '', 'ge', 'General remark.', '', ''],
      ['MOH', '', '2.1', 'Note', 'ed', 'Note wording.', '', ''],
      ['MOH', '', '2.1', '', 'ed', '', '', ''],
      ['XYZ', '', '2.1', '', 'ed', 'Who are you?', '', ''],
      ['MOH', '', '9.9', '', 'ed', 'Nowhere.', '', ''],
      ['MOH', '', '2.1', '', 'zz', 'Bad type.', '', ''],
      ['', '', '', '', '', '', '', ''],
      ['MOH', '', '2.1', '', 'ed', 'Hidden\u0000text.', '', ''],
      ['MOH', '', '2.1', '', 'ed', 'Two\nlines\tand a tab.', '', ''],
    ];
    const plan = planImport(rows, numbering, agencies);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.placed.map((p) => [p.row, p.targetId, p.type])).toEqual([
      [4, 'p-a', 'technical'],
      [5, 'c-two', 'general'],
      [6, 'p-b', 'editorial'],
      [13, 'c-twoone', 'editorial'],
    ]);
    expect(plan.placed[0]).toMatchObject({ proposedChange: 'Add who.', agency: { code: 'MOH' } });
    expect(plan.unplaced.map((u) => [u.row, u.reason])).toEqual([
      [7, 'The comment is empty.'],
      [8, 'Unknown agency "XYZ".'],
      [9, 'No clause 9.9 in the current draft.'],
      [10, 'Unknown type of comment "zz" (use ge, te or ed).'],
      [12, 'The comment or proposed change contains a control character (such as NUL).'],
    ]);
  });

  it('refuse a table without the needed columns', () => {
    expect(
      planImport(
        [
          ['a', 'b'],
          ['1', '2'],
        ],
        numbering,
        agencies,
      ),
    ).toMatchObject({ ok: false });
  });
});

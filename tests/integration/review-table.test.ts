// The comment table: export a round as CSV and XLSX, import offline tables with a report of
// the rows that could not be placed (all or nothing unless asked), through the real API.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, createReviewWorld, openRound, type ReviewWorld } from './review-world.ts';

let w: ReviewWorld;
let roundId: string;

beforeAll(async () => {
  w = await createReviewWorld();
  roundId = await openRound(w);
});
afterAll(() => w.dispose());

type Json = Record<string, unknown>;
const threadCount = () => countRows(w, 'review_threads');

async function upload(
  who: 'editor' | 'reviewer',
  body: BodyInit,
  contentType: string | null,
  query = '',
): Promise<{ status: number; body: Json }> {
  const res = await fetch(
    `${w.server.url}/api/standards/${w.standard.slug}/rounds/${roundId}/import${query}`,
    {
      method: 'POST',
      headers: {
        authorization: `Bearer ${w.tokens[who]}`,
        ...(contentType ? { 'content-type': contentType } : {}),
      },
      body,
    },
  );
  return { status: res.status, body: (await res.json()) as Json };
}

const HEADER =
  'MB/NC,Line number,Clause/Subclause,Paragraph/Figure/Table,Type of comment,Comments,Proposed change,Observations of the secretariat';

describe('import', () => {
  const csv = [
    HEADER,
    'MOH,4.2.1,,,te,"Mention interpreters, when needed.",Add a note.,',
    'moi,,4.1,,ed,Title case.,,',
    'MOH,,4.2,Note,ge,The note is helpful.,,',
    'MOH,,9.9,,ed,Nowhere to go.,,',
    'NGO,,4.2,,ed,Unknown agency.,,',
  ].join('\r\n');

  it('refuses non-editors and files without a header', async () => {
    expect((await upload('reviewer', csv, 'text/csv')).status).toBe(403);
    const bad = await upload('editor', 'just,some\ncells,here', 'text/csv');
    expect(bad.status).toBe(400);
  });

  it('all or nothing by default: unplaced rows are reported and nothing is imported', async () => {
    const before = threadCount();
    const res = await upload('editor', csv, 'text/csv');
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      title: 'Rows Not Placed',
      report: {
        imported: 0,
        applied: false,
        unplaced: [
          { row: 5, reason: 'No clause 9.9 in the current draft.', clause: '9.9' },
          { row: 6, reason: 'Unknown agency "NGO".' },
        ],
      },
    });
    expect(threadCount()).toBe(before);
  });

  it('with skipUnplaced the placeable rows are imported and the others reported', async () => {
    const res = await upload('editor', csv, 'text/csv', '?skipUnplaced=1');
    expect(res.status).toBe(200);
    expect(res.body.report).toMatchObject({ imported: 3, applied: true });
    expect(((res.body.report as Json).unplaced as Json[]).map((u) => u.row)).toEqual([5, 6]);
    const list = await w.api('editor', 'GET', '/threads');
    const threads = list.body.threads as Json[];
    expect(threads.map((t) => [t.target, t.type, (t.agency as Json).code])).toEqual([
      [{ kind: 'provision', id: 'p-listen' }, 'technical', 'MOH'],
      [{ kind: 'clause', id: 'c-signs' }, 'editorial', 'MOI'],
      [{ kind: 'provision', id: 'p-note' }, 'general', 'MOH'],
    ]);
    expect((threads[0]?.comments as Json[])[0]).toMatchObject({
      source: 'import',
      author: { id: w.userIds.editor },
      proposedChange: 'Add a note.',
    });
    // Reviewers of the agency see what was imported for them.
    expect(((await w.api('reviewer', 'GET', '/threads')).body.threads as Json[]).length).toBe(1);
    // The exported table credits the agency, not the member who imported its table.
    const exported = await fetch(
      `${w.server.url}/api/standards/${w.standard.slug}/rounds/${roundId}/export?format=csv`,
      { headers: { authorization: `Bearer ${w.tokens.editor}` } },
    );
    const row = (await exported.text()).split('\r\n').find((l) => l.includes('Add a note.'));
    expect(row).toContain(
      '"Ministry of Health (illustrative) (comment table imported by Editor Person)"',
    );
  });

  it('imports an XLSX table with a title block and numeric cells, sent as a form upload', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Comments');
    sheet.addRow(['Comments from an agency (illustrative)']);
    sheet.addRow([]);
    sheet.addRow(['MB/NC', 'Clause/Subclause', 'Type of comment', 'Comments', 'Proposed change']);
    sheet.addRow(['MOI', 4.1, 'te', 'Typed as a number in the spreadsheet.', '']);
    const bytes = await workbook.xlsx.writeBuffer();
    const form = new FormData();
    form.set('file', new Blob([bytes]), 'moi-comments.xlsx');
    const res = await upload('editor', form, null);
    expect(res.status).toBe(200);
    expect(res.body.report).toMatchObject({ imported: 1, unplaced: [] });
  });

  it('refuses a file that is not a workbook', async () => {
    const res = await upload(
      'editor',
      new Uint8Array([0x50, 0x4b, 1, 2, 3]),
      'application/octet-stream',
      '?format=xlsx',
    );
    expect(res.status).toBe(400);
  });
});

describe('export', () => {
  it('CSV with the template columns, clause numbers of now, in document order', async () => {
    // A reply and a disposition on the clause 4.1 comment: who and when go into the table.
    const threads = (await w.api('editor', 'GET', '/threads')).body.threads as Json[];
    const signs = threads.find((t) => (t.target as Json).id === 'c-signs');
    expect(
      (
        await w.api('reviewer', 'POST', `/threads/${String(signs?.id)}/comments`, {
          body: 'Agreed, title case throughout.',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await w.api('editor', 'PUT', `/threads/${String(signs?.id)}/disposition`, {
          value: 'accepted',
          observation: 'Done.',
        })
      ).status,
    ).toBeLessThan(300);
    const res = await fetch(
      `${w.server.url}/api/standards/${w.standard.slug}/rounds/${roundId}/export?format=csv`,
      {
        headers: { authorization: `Bearer ${w.tokens.observer}` },
      },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain('identification-comments-round-1.csv');
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      '"Agency","Provision","Clause/Subclause","Paragraph/Figure/Table","Type of comment","Comments","Proposed change","Observations of the secretariat","Status","Passage","Submitted by","Submitted on (UTC)","Discussion","Disposition by","Disposition on (UTC)","Reference"',
    );
    const cells = (lines[1] ?? '').slice(1, -1).split('","');
    // This row came from MOI's table: the agency submitted it, the editor imported it.
    expect(cells.slice(10, 15)).toEqual([
      'Ministry of Interior (illustrative) (comment table imported by Editor Person)',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
      expect.stringMatching(
        /^Reviewer Person \(\d{4}-\d{2}-\d{2} \d{2}:\d{2}\): Agreed, title case throughout\.$/,
      ),
      'Editor Person',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
    ]);
    expect(lines.slice(1).map((l) => l.split('","').slice(1, 5).join('|'))).toEqual([
      '|4.1||ed',
      '|4.1||te',
      '4.2.1|4.2||te',
      '|4.2|Note|ge',
    ]);
  });

  it('XLSX with the same rows, numbers as text', async () => {
    const res = await fetch(
      `${w.server.url}/api/standards/${w.standard.slug}/rounds/${roundId}/export?format=xlsx`,
      {
        headers: { authorization: `Bearer ${w.tokens.editor}` },
      },
    );
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).text).toBe('Agency');
    expect(sheet?.rowCount).toBe(5);
    const cell = sheet?.getRow(4).getCell(3);
    expect(cell?.value).toBe('4.2');
    expect(sheet?.getRow(4).getCell(5).text).toBe('te');
    // Ready to filter and to print for a meeting.
    expect(sheet?.autoFilter).toBeTruthy();
    expect(sheet?.pageSetup.orientation).toBe('landscape');
    expect(sheet?.pageSetup.fitToWidth).toBe(1);
  });

  it('importing the same table again, or the exported table, adds no duplicate comments', async () => {
    const exported = await fetch(
      `${w.server.url}/api/standards/${w.standard.slug}/rounds/${roundId}/export?format=csv`,
      { headers: { authorization: `Bearer ${w.tokens.editor}` } },
    );
    const table = await exported.text();
    const before = threadCount();
    const back = await upload('editor', table, 'text/csv');
    expect(back.status).toBe(200);
    expect(back.body.report).toMatchObject({ imported: 0, duplicates: [2, 3, 4, 5] });
    expect(threadCount()).toBe(before);

    // A table with one new comment and one already there (also repeated within the file).
    const mixed = [
      HEADER,
      'MOH,,4.2,Note,ge,The note is helpful.,,',
      'MOI,,4.1,,ge,A new general comment (illustrative).,,',
      'MOI,,4.1,,ge,A new general comment (illustrative).,,',
    ].join('\r\n');
    const res = await upload('editor', mixed, 'text/csv');
    expect(res.body.report).toMatchObject({ imported: 1, duplicates: [2, 4] });
    expect(threadCount()).toBe(before + 1);
  });

  it('records the secretariat’s observations in an imported table as dispositions', async () => {
    const table = [
      HEADER,
      'MOH,,4.2,Note,ge,The note is helpful.,,Noted',
      'moi,,4.1,,ed,Title case.,,Accepted in part: only the first word is capitalised',
      'MOI,,4.1,,ge,A new general comment (illustrative).,,Rejected',
      'MOH,4.2.1,,,te,"Mention interpreters, when needed.",Add a note.,We will look at it',
    ].join('\r\n');
    const before = countRows(w, 'review_dispositions');
    const res = await upload('editor', table, 'text/csv');
    expect(res.status).toBe(200);
    const report = res.body.report as {
      imported: number;
      dispositions: number[];
      dispositionProblems: { row: number; reason: string }[];
    };
    expect(report.imported).toBe(0);
    expect(report.dispositions).toEqual([2, 3]);
    expect(report.dispositionProblems.map((p) => p.row)).toEqual([4, 5]);
    expect(report.dispositionProblems[0]?.reason).toContain('Rejected needs an observation');
    expect(report.dispositionProblems[1]?.reason).toContain('start it with Accepted');
    expect(countRows(w, 'review_dispositions')).toBe(before + 2);
    const threads = (await w.api('editor', 'GET', '/threads')).body.threads as Json[];
    const byBody = (body: string) =>
      threads.find((t) => ((t.comments as Json[])[0] as Json).body === body);
    expect(byBody('The note is helpful.')?.disposition).toMatchObject({ value: 'noted' });
    expect(byBody('Title case.')?.disposition).toMatchObject({
      value: 'accepted-in-part',
      observation: 'only the first word is capitalised',
    });
    // The same file again records nothing new: the dispositions are already those.
    const again = await upload('editor', table, 'text/csv');
    expect(again.body.report).toMatchObject({ dispositions: [] });
    expect(countRows(w, 'review_dispositions')).toBe(before + 2);
  });

  it('reads a plain number in ISO’s “Line number” column as a line, not a provision', async () => {
    const table = [HEADER, 'MOH,240,4.1,,ed,Say who keeps the record (illustrative).,,'].join(
      '\r\n',
    );
    const res = await upload('editor', table, 'text/csv');
    expect(res.status).toBe(200);
    expect(res.body.report).toMatchObject({ imported: 1, unplaced: [] });
    const threads = (await w.api('editor', 'GET', '/threads')).body.threads as Json[];
    const made = threads.find((t) =>
      ((t.comments as Json[])[0]?.body as string).startsWith('Say who keeps the record'),
    );
    expect(made?.target).toEqual({ kind: 'clause', id: 'c-signs' });
  });

  it('says in words why a file is refused: size, and text that is not UTF-8', async () => {
    const latin = new Uint8Array([...Buffer.from(`${HEADER}\r\nMOH,,4.1,,ed,`), 0xe9, 0x0d, 0x0a]);
    const res = await upload('editor', latin, 'text/csv');
    expect(res.status).toBe(400);
    expect(res.body.detail).toContain('save it as "CSV UTF-8');
  });

  it('the OpenAPI document describes the review routes, their parameters and bodies', async () => {
    const doc = (await (await fetch(`${w.server.url}/api/openapi.json`)).json()) as {
      paths: Record<
        string,
        Record<string, { parameters?: { name: string }[]; requestBody?: unknown }>
      >;
    };
    const path = (p: string) => doc.paths[`/api/standards/{slug}${p}`] ?? {};
    expect(Object.keys(path('/rounds')).sort()).toEqual(['get', 'post']);
    expect(path('/rounds/{roundId}/import').post?.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['roundId', 'skipUnplaced', 'format']),
    );
    expect(path('/threads/{threadId}/disposition').put?.requestBody).toBeTruthy();
    expect(Object.keys(path('/threads/{threadId}/comments/{commentId}')).sort()).toEqual([
      'delete',
      'patch',
    ]);
  });

  it('an unknown round is 404 and a bad format 400', async () => {
    expect((await w.api('editor', 'GET', `/rounds/${crypto.randomUUID()}/export`)).status).toBe(
      404,
    );
    expect((await w.api('editor', 'GET', `/rounds/${roundId}/export?format=pdf`)).status).toBe(400);
  });

  it('no import into a closed round', async () => {
    await w.api('editor', 'POST', `/rounds/${roundId}/close`);
    const res = await upload('editor', `${HEADER}\r\nMOH,,4.1,,ed,Late.,,`, 'text/csv');
    expect(res.status).toBe(409);
  });
});

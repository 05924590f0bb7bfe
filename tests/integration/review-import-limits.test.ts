// The comment-table import under hostile uploads, through the real server: a CSV of ten
// million empty lines, zip-bomb workbooks (honest and lying about their sizes), a broken
// multipart form and an oversized body are each refused with a problem response, nothing is
// written, and the server keeps answering other requests while it deals with them.
import { request } from 'node:http';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, createReviewWorld, openRound, type ReviewWorld } from './review-world.ts';
import { xlsxBomb } from './xlsx-bomb.ts';

let w: ReviewWorld;
let roundId: string;

beforeAll(async () => {
  w = await createReviewWorld();
  roundId = await openRound(w);
});
afterAll(() => w.dispose());

type Json = Record<string, unknown>;
const threadCount = () => countRows(w, 'review_threads');
const importPath = (query = '') =>
  `/api/standards/${w.standard.slug}/rounds/${roundId}/import${query}`;

interface Answer {
  status: number;
  contentType: string;
  body: Json;
}

/**
 * POST an upload with node:http (headers exactly as given, or chunked without a length) and,
 * once the whole body has been handed to the network, ask /healthz. Resolves with both
 * answers and the order in which they arrived.
 */
function importWhileProbing(
  body: Uint8Array | string,
  headers: Record<string, string>,
  { chunked = false } = {},
): Promise<{ upload: Answer; health: number; order: string[] }> {
  const order: string[] = [];
  const url = new URL(w.server.url);
  let probe: Promise<number> | undefined;
  const upload = new Promise<Answer>((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path: importPath(),
        headers: {
          authorization: `Bearer ${w.tokens.editor}`,
          ...(chunked ? {} : { 'content-length': String(Buffer.byteLength(body)) }),
          ...headers,
        },
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (b: Buffer) => parts.push(b));
        res.on('end', () => {
          order.push('import');
          const text = Buffer.concat(parts).toString();
          const contentType = res.headers['content-type'] ?? '';
          resolve({
            status: res.statusCode ?? 0,
            contentType,
            body: contentType.includes('json') ? (JSON.parse(text) as Json) : { text },
          });
        });
      },
    );
    req.on('error', reject);
    // A 413 may come before the body is sent: the server then closes while we still write.
    req.on('socket', (socket) => socket.on('error', () => undefined));
    req.on('finish', () => {
      probe = fetch(`${w.server.url}/healthz`).then(async (res) => {
        await res.arrayBuffer();
        order.push('healthz');
        return res.status;
      });
    });
    if (chunked) {
      // Several writes: sent as chunks, with no content-length to check up front.
      const bytes = typeof body === 'string' ? Buffer.from(body) : Buffer.from(body);
      for (let at = 0; at < bytes.length; at += 1 << 20)
        req.write(bytes.subarray(at, at + (1 << 20)));
      req.end();
    } else req.end(body);
  });
  return upload.then(async (answer) => ({
    upload: answer,
    health: probe ? await probe : 0,
    order,
  }));
}

const HEADER = 'MB/NC,Clause/Subclause,Type of comment,Comments,Proposed change';

describe('CSV', () => {
  it('ten million empty lines: 400 at the row limit, and /healthz is answered too', async () => {
    const before = threadCount();
    const got = await importWhileProbing('\n'.repeat(10_000_000), { 'content-type': 'text/csv' });
    expect(got.upload.status).toBe(400);
    expect(got.upload.contentType).toContain('application/problem+json');
    expect(got.upload.body.detail).toBe('The table has more than 5000 rows.');
    // The refusal now takes less time than a /healthz round trip, so their order is a race;
    // that the parse stops at the limit is shown by the next test.
    expect(got.health).toBe(200);
    expect(threadCount()).toBe(before);
  });

  it('stops reading at the row limit: an error after it is never reached', async () => {
    // Read to the end, the unclosed quote would be the answer; the limit comes first.
    const res = await importWhileProbing(`${'\r\n'.repeat(4_000_000)}"never closed`, {
      'content-type': 'text/csv',
    });
    expect(res.upload.status).toBe(400);
    expect(res.upload.body.detail).toBe('The table has more than 5000 rows.');
  });

  it('one endless cell or row is refused at its limit', async () => {
    const cell = await importWhileProbing(`${HEADER}\r\nMOH,4.1,ge,${'x'.repeat(5_000_000)}`, {
      'content-type': 'text/csv',
    });
    expect(cell.upload.status).toBe(400);
    expect(cell.upload.body.detail).toBe('A cell in row 2 is longer than 80000 characters.');
    const row = await importWhileProbing(`${HEADER}\r\n${','.repeat(5_000_000)}`, {
      'content-type': 'text/csv',
    });
    expect(row.upload.status).toBe(400);
    expect(row.upload.body.detail).toBe('Row 2 has more than 100 columns.');
  });
});

describe('XLSX', () => {
  it('a zip bomb that lies about its sizes: 400, and /healthz is answered meanwhile', async () => {
    const before = threadCount();
    const bomb = await xlsxBomb(200, true);
    const got = await importWhileProbing(bomb, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(got.upload.status).toBe(400);
    expect(got.upload.contentType).toContain('application/problem+json');
    expect(got.upload.body.detail).toMatch(/^The workbook is too large to read\./);
    expect(got.health).toBe(200);
    expect(got.order).toEqual(['healthz', 'import']);
    expect(threadCount()).toBe(before);
  });

  it('a zip bomb that declares its sizes is refused before anything is inflated', async () => {
    const bomb = await xlsxBomb(200, false);
    const got = await importWhileProbing(bomb, { 'content-type': 'application/octet-stream' });
    expect(got.upload.status).toBe(400);
    expect(got.upload.body.detail).toMatch(/^The workbook is too large to read\./);
  });

  it('the same kind of small workbook is read (the builder makes valid workbooks)', async () => {
    // One row of text and no header: read, then refused for its missing header, not its size.
    const small = await xlsxBomb(1, false);
    const got = await importWhileProbing(small, { 'content-type': 'application/octet-stream' });
    expect(got.upload.status).toBe(400);
    expect(got.upload.body.detail).not.toMatch(/too large|not a readable/);
  });
});

describe('the upload itself', () => {
  it('a multipart form without its closing boundary: 400 problem, nothing written', async () => {
    const before = threadCount();
    const body = [
      '--x',
      'Content-Disposition: form-data; name="file"; filename="moh.csv"',
      'Content-Type: text/csv',
      '',
      HEADER,
      'MOH,4.1,ge,Cut short.,',
    ].join('\r\n');
    const got = await importWhileProbing(body, {
      'content-type': 'multipart/form-data; boundary=x',
    });
    expect(got.upload.status).toBe(400);
    expect(got.upload.contentType).toContain('application/problem+json');
    expect(got.upload.body.detail).toMatch(/form upload could not be read/);
    expect(threadCount()).toBe(before);
  });

  it('more than 10 MB: 413 with the limit in words, with or without a length', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x0a);
    for (const chunked of [false, true]) {
      const got = await importWhileProbing(big, { 'content-type': 'text/csv' }, { chunked });
      expect(got.upload.status).toBe(413);
      expect(got.upload.body.detail).toContain('at most 10 MB');
    }
  });

  it('after all that, ordinary tables still import: CSV raw, XLSX as a form', async () => {
    const csv = await importWhileProbing(`${HEADER}\r\nMOH,4.1,ge,An ordinary comment.,\r\n`, {
      'content-type': 'text/csv',
    });
    expect(csv.upload.status).toBe(200);
    expect(csv.upload.body.report).toMatchObject({ imported: 1, unplaced: [] });

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Comments');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(['MOI', 4.2, 'ed', 'An ordinary workbook comment.', '']);
    const form = new FormData();
    form.set('file', new Blob([await workbook.xlsx.writeBuffer()]), 'moi.xlsx');
    const res = await fetch(`${w.server.url}${importPath()}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${w.tokens.editor}` },
      body: form,
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Json).report).toMatchObject({ imported: 1, unplaced: [] });
  });
});

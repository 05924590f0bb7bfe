// Builders of hostile workbooks for the import-limit tests: a valid XLSX whose one sheet
// unpacks to hundreds of megabytes yet weighs a few hundred kilobytes (a zip bomb), written
// as a minimal ZIP container by hand so the declared sizes can be honest or lie.
import { once } from 'node:events';
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';

interface Packed {
  name: string;
  data: Buffer;
  crc: number;
  size: number;
}

function packSmall(name: string, text: string): Packed {
  const raw = Buffer.from(text);
  return { name, data: deflateRawSync(raw), crc: crc32(raw), size: raw.length };
}

/** Deflate `head + chunk × times + tail` without ever holding the whole text. */
async function packRepeated(
  name: string,
  head: string,
  chunk: string,
  times: number,
  tail: string,
): Promise<Packed> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const ended = once(deflate, 'end');
  // Many copies per write: fewer, larger writes deflate faster.
  const block = Buffer.from(chunk.repeat(Math.max(1, Math.floor((1 << 20) / chunk.length))));
  const perBlock = block.length / Buffer.byteLength(chunk);
  let crc = crc32(head);
  let size = Buffer.byteLength(head);
  deflate.write(head);
  for (let done = 0; done < times; done += perBlock) {
    if (!deflate.write(block)) await once(deflate, 'drain');
    crc = crc32(block, crc);
    size += block.length;
  }
  crc = crc32(tail, crc);
  size += Buffer.byteLength(tail);
  deflate.end(tail);
  await ended;
  return { name, data: Buffer.concat(out), crc, size };
}

/** A ZIP of deflated entries; `declare` says what size each entry claims to unpack to. */
function zip(entries: Packed[], declare: (e: Packed) => number): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(declare(e), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(declare(e), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// Every row says it is row 1: identical text compresses to almost nothing, and exceljs reads it.
const ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>Illustrative comment.</t></is></c></row>';

/**
 * Use for a zip-bomb upload: a valid workbook whose sheet unpacks to about `megabytes` MB.
 * With `lie`, every entry declares a size of a few kilobytes, as a hostile file would.
 */
export async function xlsxBomb(megabytes: number, lie: boolean): Promise<Buffer> {
  const sheet = await packRepeated(
    'xl/worksheets/sheet1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    ROW,
    Math.ceil((megabytes * 1024 * 1024) / ROW.length),
    '</sheetData></worksheet>',
  );
  const entries = [
    packSmall(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    packSmall(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    packSmall(
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Comments" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    packSmall(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    sheet,
  ];
  return zip(entries, (e) => (lie ? Math.min(e.size, 4096) : e.size));
}

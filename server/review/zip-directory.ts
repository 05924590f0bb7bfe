/**
 * The central directory of a ZIP archive (an XLSX workbook is one): entry names, methods,
 * sizes and where each entry's data starts. Pure; nothing is inflated. The sizes are what
 * the archive declares, so they serve as a cheap first refusal, never as a guarantee.
 */

/** One file in the archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused by the reader. */
  method: number;
  compressedSize: number;
  /** Declared, not verified. */
  uncompressedSize: number;
  /** Offset of the entry's local header. */
  localHeaderOffset: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; message: string };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** A ZIP64 field: sizes that need ZIP64, never the case for an upload of a few megabytes. */
const ZIP64_MARK = 0xffffffff;

/** Use before handing an uploaded ZIP to a parser: lists its entries, or says why not. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bad = (message: string): ZipDirectory => ({ ok: false, message });
  // The end record is the last 22 bytes, unless a comment (at most 64 KiB) follows it.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1)
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  if (end < 0) return bad('no end of central directory');
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count > maxEntries) return bad('too many entries');
  if (offset === ZIP64_MARK || offset + size > end) return bad('central directory out of range');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY)
      return bad('broken central directory');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const entry: ZipEntry = {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    if (
      entry.compressedSize === ZIP64_MARK ||
      entry.uncompressedSize === ZIP64_MARK ||
      entry.localHeaderOffset === ZIP64_MARK
    )
      return bad('ZIP64 entry');
    if (entry.method !== 0 && entry.method !== 8) return bad('unsupported compression');
    if (entry.localHeaderOffset + 30 + entry.compressedSize > offset)
      return bad('entry out of range');
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** Use to total what an archive says it unpacks to (a lie is caught when inflating). */
export function declaredSize(entries: readonly ZipEntry[]): number {
  return entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
}

/**
 * Decoding a recorded call's bytes: UTF-8, strictly (a byte that is not UTF-8 is an error naming
 * where it is and what the file probably is, never a silent U+FFFD); a UTF-8 byte-order mark is
 * dropped; UTF-16 with a byte-order mark (what Windows tools write as "Unicode") is decoded.
 */
import { RecordedCallError } from './types';

/** Offset of the first byte that is not part of a valid UTF-8 sequence, or -1 when all are valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let n = 0;
    let min = 0;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      n = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else return i;
    if (i + n >= bytes.length) return i;
    let cp = b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

/** What a non-UTF-8 file most likely is, from its bytes. */
function guessEncoding(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 4096);
  let zeros = 0;
  for (const b of head) if (b === 0) zeros++;
  if (zeros > head.length / 8) return 'UTF-16 without a byte-order mark';
  return 'a single-byte encoding such as Latin-1 (ISO-8859-1) or Windows-1252';
}

/**
 * The text of a recorded call file.
 * @throws RecordedCallError('not_utf8') naming the first bad byte's offset and the likely encoding.
 */
export function decodeCallBytes(bytes: Uint8Array, source: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    const at = bad + (body === bytes ? 0 : 3);
    throw new RecordedCallError(
      `${source}: not UTF-8 (byte 0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')} at offset ${at}); it looks like ${guessEncoding(bytes)}. ` +
        'Save it as UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8 in.txt > out.txt) and replay that; nothing was replayed from this file.',
      'not_utf8',
      source,
    );
  }
  return new TextDecoder('utf-8').decode(body);
}

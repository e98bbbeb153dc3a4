/**
 * UTF-8 encode/decode without TextEncoder (lib/ compiles without the DOM lib).
 *
 * Bytes that are not valid UTF-8 (binary data: gzip output, /dev/urandom) survive a trip through
 * a string: each becomes a lone surrogate U+DC80..U+DCFF on decoding and turns back into that
 * one byte on encoding (Python's "surrogateescape"). So a shell pipe, which carries text, carries
 * any bytes losslessly: `gzip -c f > f.gz` writes exactly what gzip produced.
 */

/** First and last code unit of an escaped byte (0x80..0xff). */
const ESCAPE_FIRST = 0xdc80;
const ESCAPE_LAST = 0xdcff;

export function encodeUtf8(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp >= ESCAPE_FIRST && cp <= ESCAPE_LAST) out.push(cp - 0xdc00);
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else {
      out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63));
      out.push(0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    }
  }
  return Uint8Array.from(out);
}

/** Smallest code point each sequence length may encode (longer forms are overlong, invalid). */
const MIN_CP = [0, 0, 0x80, 0x800, 0x10000];

/** The code point of the valid UTF-8 sequence at `i`, with its length; null when invalid. */
function sequenceAt(bytes: Uint8Array, i: number): { cp: number; len: number } | null {
  const b = bytes[i] as number;
  if (b < 0x80) return { cp: b, len: 1 };
  const len = b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
  if (len === 0 || i + len > bytes.length) return null;
  let cp = len === 2 ? b & 31 : len === 3 ? b & 15 : b & 7;
  for (let k = 1; k < len; k++) {
    const c = bytes[i + k] as number;
    if ((c & 0xc0) !== 0x80) return null;
    cp = (cp << 6) | (c & 63);
  }
  if (cp < (MIN_CP[len] as number) || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) return null;
  return { cp, len };
}

/** Decodes UTF-8; each byte of an invalid sequence becomes U+DC80..U+DCFF (see above). */
export function decodeUtf8(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const seq = sequenceAt(bytes, i);
    if (seq === null) {
      out += String.fromCharCode(0xdc00 + (bytes[i] as number));
      i += 1;
      continue;
    }
    out += String.fromCodePoint(seq.cp);
    i += seq.len;
  }
  return out;
}

/** Whether the code unit is an escaped raw byte (one byte long when encoded). */
export function isEscapedByte(code: number): boolean {
  return code >= ESCAPE_FIRST && code <= ESCAPE_LAST;
}

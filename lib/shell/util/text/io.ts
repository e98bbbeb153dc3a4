/**
 * Input and output helpers for the text commands: reading a FILE operand (or stdin for
 * "-"), splitting lines, UTF-8 byte counts. Output goes straight to ctx.stdout: the session
 * caps it (lib/shell/io.ts), the same for every command.
 */
import { decodeUtf8, encodeUtf8, isEscapedByte } from '../../../fs';
import { errorText } from '../../format';
import type { CommandContext } from '../../types';

export type ReadResult = { ok: true; text: string } | { ok: false; why: string; dir: boolean };

/** Reads FILE (relative to cwd) or stdin for "-". Directories fail with `dir: true`. */
export function readInput(ctx: CommandContext, file: string): ReadResult {
  if (file === '-') return { ok: true, text: ctx.stdin };
  try {
    const path = ctx.resolve(file);
    if (ctx.fs.stat(path).kind === 'dir') return { ok: false, why: 'Is a directory', dir: true };
    return { ok: true, text: ctx.fs.readTextFile(path) };
  } catch (e) {
    return { ok: false, why: errorText(e), dir: false };
  }
}

/** Lines without their terminators; a final line without "\n" is kept. */
export function splitLines(text: string, sep = '\n'): string[] {
  if (text === '') return [];
  const lines = text.split(sep);
  if (text.endsWith(sep)) lines.pop();
  return lines;
}

/** Length of `text` in UTF-8 bytes (what `wc -c` and `head -c` count). */
export function byteLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else if (isEscapedByte(c)) n += 1;
    else n += 3;
  }
  return n;
}

/**
 * Bytes `start`..`end` of `text` as text. A character cut by either end keeps its bytes on this
 * side, as raw bytes (see lib/fs/utf8.ts), the way `head -c` cuts a multi-byte character.
 */
export function sliceBytes(text: string, start: number, end = Infinity): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.slice(start, end);
  const bytes = encodeUtf8(text);
  return decodeUtf8(bytes.subarray(start, Math.min(end, bytes.length)));
}

/** Lines with their terminator kept (the last one may lack it). */
export function lineChunks(text: string, sep = '\n'): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf(sep, start);
    if (end < 0) {
      out.push(text.slice(start));
      break;
    }
    out.push(text.slice(start, end + 1));
    start = end + 1;
  }
  return out;
}

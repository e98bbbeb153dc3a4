import { byteLength, readInput } from '../util/text/io';
import { parseTextArgs } from '../util/args/text-args';
import type { Command, CommandContext } from '../types';

interface Counts {
  lines: number;
  words: number;
  chars: number;
  bytes: number;
  max: number;
}

function count(text: string, bash: boolean): Counts {
  let lines = 0;
  let words = 0;
  let max = 0;
  let col = 0;
  let inWord = false;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c === 10 || c === 32 || c === 9 || c === 11 || c === 12 || c === 13) {
      inWord = false;
      if (c === 10) lines++;
      if (c === 10 || c === 12 || c === 13) col = 0;
      else if (c === 9) col += 8 - (col % 8);
      else if (c === 32) col++;
    } else {
      // GNU in the C locale: only printable ASCII starts a word; other bytes are neutral.
      const printable = c > 32 && c < 127;
      if (!inWord && (printable || !bash)) {
        words++;
        inWord = true;
      }
      if (printable || !bash) col++;
    }
    if (col > max) max = col;
  }
  const bytes = byteLength(text);
  return { lines, words, chars: bytes, bytes, max };
}

/**
 * wc [-clmwL] [FILE]... — GNU pads every column to the width of the total size of the
 * regular files named (at least 7 when stdin is read: here stdin always counts as a pipe,
 * so `wc < file` is padded like `cat file | wc`), or none for one count of one file.
 * BusyBox pads to 9 unless it prints a single count of a single input. -m counts bytes in
 * both, as in the C locale (no LANG in the learner's host recording nor in alpine images).
 */
export const wc: Command = {
  name: 'wc',
  run(ctx: CommandContext) {
    const bash = ctx.flavor === 'bash';
    const r = parseTextArgs(ctx, {
      flags: 'clmwL',
      long: { bytes: 'c', chars: 'm', lines: 'l', words: 'w', 'max-line-length': 'L' },
    });
    if (!r.ok) return r.status;
    const f = r.opts.flags;
    const shown: (keyof Counts)[] = [];
    if (f.size === 0) shown.push('lines', 'words', 'bytes');
    else {
      if (f.has('l')) shown.push('lines');
      if (f.has('w')) shown.push('words');
      if (f.has('m')) shown.push('chars');
      if (f.has('c')) shown.push('bytes');
      if (f.has('L')) shown.push('max');
    }
    const files = r.opts.operands;
    const inputs = (files.length === 0 ? ['-'] : files).map((file) => ({
      file,
      r: readInput(ctx, file),
    }));
    let width = 1;
    if (!(inputs.length === 1 && shown.length === 1)) {
      let total = 0;
      let minimum = 1;
      for (const { file, r: res } of inputs) {
        if (res.ok && file !== '-') total += byteLength(res.text);
        else if (file === '-' || res.ok || res.dir) minimum = 7;
      }
      width = Math.max(String(total).length, minimum);
    }
    if (!bash) width = inputs.length === 1 && shown.length === 1 ? 1 : 9;
    const out = ctx.stdout;
    const line = (c: Counts, name: string | null) => {
      const cols = shown.map((k) => String(c[k]).padStart(width, ' '));
      out.write(`${cols.join(' ')}${name === null ? '' : ` ${name}`}\n`);
    };
    const total: Counts = { lines: 0, words: 0, chars: 0, bytes: 0, max: 0 };
    let status = 0;
    for (const { file, r: res } of inputs) {
      if (!res.ok) {
        ctx.stderr.write(`wc: ${file}: ${res.why}\n`);
        status = 1;
        if (!res.dir) continue;
      }
      const c = count(res.ok ? res.text : '', bash);
      total.lines += c.lines;
      total.words += c.words;
      total.chars += c.chars;
      total.bytes += c.bytes;
      total.max = Math.max(total.max, c.max);
      line(c, files.length === 0 ? null : file);
    }
    if (inputs.length > 1) line(total, 'total');
    return status;
  },
};

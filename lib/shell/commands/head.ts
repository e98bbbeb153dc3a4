import { byteLength, lineChunks, sliceBytes } from '../util/text/io';
import { eachFile, parseHeadTail } from '../util/text/headtail';
import type { Command, CommandContext } from '../types';

/** The first `count` lines, found without splitting the rest (`yes | head` reads 16 MiB). */
function firstLines(text: string, sep: string, count: number): string {
  let end = 0;
  for (let i = 0; i < count; i++) {
    const at = text.indexOf(sep, end);
    if (at < 0) return text;
    end = at + 1;
  }
  return text.slice(0, end);
}

/**
 * head [-n [-]N] [-c [-]N] [-qv] [FILE]... — first lines or bytes (all but the last N with
 * a leading '-'). GNU: `head: cannot open 'x' for reading: ...`; BusyBox: `head: x: ...`.
 */
export const head: Command = {
  name: 'head',
  run(ctx: CommandContext) {
    const opts = parseHeadTail(ctx);
    if (typeof opts === 'number') return opts;
    const out = ctx.stdout;
    const allBut = opts.sign === '-';
    return eachFile(
      ctx,
      opts,
      (text) => {
        if (opts.bytes) {
          const size = byteLength(text);
          return sliceBytes(text, 0, allBut ? Math.max(0, size - opts.count) : opts.count);
        }
        if (!allBut) return firstLines(text, opts.sep, opts.count);
        const lines = lineChunks(text, opts.sep);
        return lines.slice(0, Math.max(0, lines.length - opts.count)).join('');
      },
      (t) => out.write(t),
    );
  },
};

import { byteLength, limitOutput, lineChunks, sliceBytes } from '../util/text-io';
import { eachFile, parseHeadTail } from '../util/text-headtail';
import type { Command, CommandContext } from '../types';

/**
 * head [-n [-]N] [-c [-]N] [-qv] [FILE]... — first lines or bytes (all but the last N with
 * a leading '-'). GNU: `head: cannot open 'x' for reading: ...`; BusyBox: `head: x: ...`.
 */
export const head: Command = {
  name: 'head',
  run(ctx: CommandContext) {
    const opts = parseHeadTail(ctx);
    if (typeof opts === 'number') return opts;
    const out = limitOutput(ctx.stdout);
    const allBut = opts.sign === '-';
    return eachFile(
      ctx,
      opts,
      (text) => {
        if (opts.bytes) {
          const size = byteLength(text);
          return sliceBytes(text, 0, allBut ? Math.max(0, size - opts.count) : opts.count);
        }
        const lines = lineChunks(text, opts.sep);
        const n = allBut ? Math.max(0, lines.length - opts.count) : opts.count;
        return lines.slice(0, n).join('');
      },
      (t) => out.write(t),
    );
  },
};

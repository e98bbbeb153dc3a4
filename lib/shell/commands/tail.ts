import { byteLength, lineChunks, sliceBytes } from '../util/text/io';
import { eachFile, parseHeadTail } from '../util/text/headtail';
import type { Command, CommandContext } from '../types';

/**
 * tail [-n [+]N] [-c [+]N] [-qv] [FILE]... — last lines or bytes (from the Nth on with a
 * leading '+'). `-f` prints the tail, then waits for Ctrl-C (see below). GNU: `tail: cannot open 'x' for reading: ...`; BusyBox:
 * `tail: can't open 'x': ...`, plus `tail: no files` when none could be opened.
 */
export const tail: Command = {
  name: 'tail',
  async run(ctx: CommandContext) {
    const opts = parseHeadTail(ctx);
    if (typeof opts === 'number') return opts;
    const out = ctx.stdout;
    const from = opts.sign === '+';
    const status = eachFile(
      ctx,
      opts,
      (text) => {
        if (opts.bytes) {
          const size = byteLength(text);
          return sliceBytes(
            text,
            from ? Math.max(0, opts.count - 1) : Math.max(0, size - opts.count),
          );
        }
        const lines = lineChunks(text, opts.sep);
        if (from) return lines.slice(Math.max(0, opts.count - 1)).join('');
        return opts.count === 0 ? '' : lines.slice(-opts.count).join('');
      },
      (t) => out.write(t),
    );
    if (!opts.follow) return status;
    // -f: nothing else writes the files while it waits, so it just blocks until Ctrl-C
    // (status 130), as `tail -f` on a quiet log does. Virtual time (tests, sim) returns at once.
    await ctx.sleep(24 * 3600 * 1000);
    return ctx.cancel.cancelled ? 130 : status;
  },
};

import { CHUNK_BYTES, pump } from '../util/text/stream';
import type { Command, CommandContext } from '../types';

/**
 * yes [STRING]... — prints its arguments (or "y") forever. Bounded like a pipe: it writes
 * CHUNK_BYTES at a time, pausing between chunks, until Ctrl-C or until the output takes no more
 * (a reader that closed the pipe makes the write throw; the interpreter ends `yes` silently).
 * GNU joins all arguments with spaces; BusyBox too (1.35 prints every argument).
 */
export const yes: Command = {
  name: 'yes',
  async run(ctx: CommandContext) {
    const args = ctx.flavor === 'bash' && ctx.args[0] === '--' ? ctx.args.slice(1) : ctx.args;
    const line = `${args.length === 0 ? 'y' : args.join(' ')}\n`;
    const chunk = line.repeat(Math.max(1, Math.floor(CHUNK_BYTES / line.length)));
    await pump(ctx, () => chunk);
    return ctx.cancel.cancelled ? 130 : 0;
  },
};

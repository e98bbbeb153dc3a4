import { optionError } from '../util/args/text-args';
import { busyboxHelp } from '../util/args/usage-text';
import type { Command, CommandContext } from '../types';

const UNIT: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/**
 * sleep NUMBER[smhd]... — waits the sum through `ctx.sleep` (virtual time in tests and
 * `sim`). Ctrl-C ends it with status 130, like SIGINT.
 */
export const sleep: Command = {
  name: 'sleep',
  async run(ctx: CommandContext) {
    const bash = ctx.flavor === 'bash';
    const args = ctx.args[0] === '--' ? ctx.args.slice(1) : ctx.args;
    if (args.length === 0) {
      if (bash) return optionError(ctx, 'sleep: missing operand\n');
      ctx.stderr.write(busyboxHelp('sleep'));
      return 1;
    }
    const dashed = args.find((a) => /^-./.test(a));
    if (bash && ctx.args[0] !== '--' && dashed !== undefined) {
      return optionError(ctx, `sleep: invalid option -- '${dashed[1]}'\n`);
    }
    let seconds = 0;
    let bad = '';
    for (const a of args) {
      const m = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(a);
      if (m === null) {
        if (!bash) {
          ctx.stderr.write(`sleep: invalid number '${a}'\n`);
          return 1;
        }
        // GNU reports every bad interval, then one "Try" line.
        bad += `sleep: invalid time interval '${a}'\n`;
        continue;
      }
      seconds += Number(m[1]) * (UNIT[m[2] as string] as number);
    }
    if (bad !== '') return optionError(ctx, bad);
    await ctx.sleep(Math.round(seconds * 1000));
    return ctx.cancel.cancelled ? 130 : 0;
  },
};

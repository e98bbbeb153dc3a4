import { expandEscapes } from '../util/text/escape';
import type { Command, CommandContext } from '../types';

/**
 * echo [-neE] [ARG]... — the bash builtin / BusyBox ash builtin. Only words made entirely
 * of n, e, E count as options; `--` is printed. bash -e knows octal only as \0NNN;
 * BusyBox also takes \NNN.
 */
export const echo: Command = {
  name: 'echo',
  run(ctx: CommandContext) {
    let newline = true;
    let escapes = false;
    let i = 0;
    for (; i < ctx.args.length; i++) {
      const a = ctx.args[i] as string;
      if (!/^-[neE]+$/.test(a)) break;
      for (const c of a.slice(1)) {
        if (c === 'n') newline = false;
        else escapes = c === 'e';
      }
    }
    let text = ctx.args.slice(i).join(' ');
    if (escapes) {
      const e = expandEscapes(text, ctx.flavor === 'bash' ? 'echo-bash' : 'echo-busybox');
      text = e.text;
      if (e.stop) newline = false;
    }
    ctx.stdout.write(newline ? `${text}\n` : text);
    return 0;
  },
};

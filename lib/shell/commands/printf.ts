import { formatPrintf } from '../util/text/printf';
import type { Command, CommandContext } from '../types';

/**
 * printf [-v VAR] FORMAT [ARGUMENT]... — the bash / BusyBox ash builtin (errors are the shell's:
 * `bash: printf: x: invalid number`, `sh: invalid number 'x'`).
 */
export const printf: Command = {
  name: 'printf',
  run(ctx: CommandContext) {
    const bash = ctx.flavor === 'bash';
    let args = ctx.args;
    let target: string | null = null;
    const usage = 'printf: usage: printf [-v var] format [arguments]\n';
    if (bash && args[0] === '-v') {
      target = args[1] ?? null;
      if (target === null) {
        ctx.stderr.write(`bash: printf: -v: option requires an argument\n${usage}`);
        return 2;
      }
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(target)) {
        ctx.stderr.write(`bash: printf: \`${target}': not a valid identifier\n`);
        return 2;
      }
      args = args.slice(2);
    }
    if (args[0] === '--') args = args.slice(1);
    else if (bash && args[0] !== undefined && /^-./.test(args[0])) {
      ctx.stderr.write(`bash: printf: ${args[0].slice(0, 2)}: invalid option\n${usage}`);
      return 2;
    }
    if (args.length === 0) {
      ctx.stderr.write(bash ? usage : 'sh: usage: printf FORMAT [ARGUMENT...]\n');
      return 2;
    }
    const r = formatPrintf(args[0] as string, args.slice(1), ctx.flavor);
    // -v VAR (bash): the result goes into a shell variable instead of stdout.
    if (target !== null) ctx.session.env.set(target, r.out);
    else ctx.stdout.write(r.out);
    ctx.stderr.write(r.err);
    return r.status;
  },
};

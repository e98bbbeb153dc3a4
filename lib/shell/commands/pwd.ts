import { errorText } from '../format';
import type { Command, CommandContext } from '../types';

/**
 * pwd [-LP] — the shell builtin: the logical cwd, or with -P the path with symlinks
 * resolved. Operands are ignored, as both shells do.
 */
export const pwd: Command = {
  name: 'pwd',
  run(ctx: CommandContext) {
    const bash = ctx.flavor === 'bash';
    let physical = false;
    for (const a of ctx.args) {
      if (a === '--') break;
      if (!/^-./.test(a)) break;
      for (const c of a.slice(1)) {
        if (c !== 'L' && c !== 'P') {
          ctx.stderr.write(
            bash
              ? `bash: pwd: -${c}: invalid option\npwd: usage: pwd [-LP]\n`
              : `sh: pwd: illegal option -${c}\n`,
          );
          return 2;
        }
        physical = c === 'P';
      }
    }
    let dir = ctx.cwd;
    if (physical) {
      try {
        dir = ctx.fs.realpath(ctx.cwd);
      } catch (e) {
        const why = errorText(e);
        ctx.stderr.write(
          bash
            ? `bash: pwd: error retrieving current directory: getcwd: cannot access parent directories: ${why}\n`
            : `sh: pwd: getcwd: ${why}\n`,
        );
        return 1;
      }
    }
    ctx.stdout.write(`${dir}\n`);
    return 0;
  },
};

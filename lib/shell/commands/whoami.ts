import { optionError, parseTextArgs } from '../util/args/text-args';
import { userName } from '../util/text/users';
import { busyboxHelp } from '../util/args/usage-text';
import type { Command, CommandContext } from '../types';

/** whoami — the caller's user name from the session's /etc/passwd. */
export const whoami: Command = {
  name: 'whoami',
  run(ctx: CommandContext) {
    const bash = ctx.flavor === 'bash';
    const r = parseTextArgs(ctx, { flags: '' });
    if (!r.ok) return r.status;
    if (r.opts.operands.length > 0) {
      if (bash) return optionError(ctx, `whoami: extra operand '${r.opts.operands[0]}'\n`);
      ctx.stderr.write(busyboxHelp('whoami'));
      return 1;
    }
    const uid = ctx.identity.uid;
    const name = userName(ctx, uid);
    if (name === undefined) {
      ctx.stderr.write(
        bash ? `whoami: cannot find name for user ID ${uid}\n` : `whoami: unknown uid ${uid}\n`,
      );
      return 1;
    }
    ctx.stdout.write(`${name}\n`);
    return 0;
  },
};

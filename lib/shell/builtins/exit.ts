import type { Command } from '../types';

/** exit [N]: ends the session. Interactive bash says "exit" on stderr; ash says nothing. */
export const exit: Command = {
  name: 'exit',
  run(ctx) {
    const arg = ctx.args[0];
    let status = ctx.session.lastStatus;
    if (arg !== undefined) {
      if (!/^[-+]?\d+$/.test(arg)) {
        if (ctx.flavor === 'bash')
          ctx.stderr.write(
            `${ctx.session.nested ? '' : 'exit\n'}bash: exit: ${arg}: numeric argument required\n`,
          );
        else ctx.stderr.write(`sh: exit: Illegal number: ${arg}\n`);
        ctx.session.exitRequested = 2;
        return 2;
      }
      status = ((Number(arg) % 256) + 256) % 256;
    }
    // Interactive bash says "exit" as it leaves; a subshell or script says nothing.
    if (ctx.flavor === 'bash' && !ctx.session.nested) ctx.stderr.write('exit\n');
    ctx.session.exitRequested = status;
    return status;
  },
};

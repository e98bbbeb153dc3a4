import { quoteArgv } from '../quote';
import type { Command } from '../types';

/**
 * sudo COMMAND [ARG...]: runs the command as root on the host (the learner may: no password,
 * as on a personal machine), e.g. `sudo ls /var/lib/docker/volumes`. Not in containers.
 */
export const sudo: Command = {
  name: 'sudo',
  flavors: ['bash'],
  run(ctx) {
    const args = ctx.args[0] === '--' ? ctx.args.slice(1) : ctx.args;
    if (args.length === 0) {
      ctx.stderr.write(
        'usage: sudo -h | -K | -k | -V\nusage: sudo -v [-ABkNnS] [-g group] [-h host] [-p prompt] [-u user]\nusage: sudo -l [-ABkNnS] [-g group] [-h host] [-p prompt] [-U user]\n            [-u user] [command [arg ...]]\nusage: sudo [-ABbEHkNnPS] [-r role] [-t type] [-C num] [-D directory]\n            [-g group] [-h host] [-p prompt] [-R directory] [-T timeout]\n            [-u user] [VAR=value] [-i | -s] [command [arg ...]]\nusage: sudo -e [-ABkNnS] [-r role] [-t type] [-C num] [-D directory]\n            [-g group] [-h host] [-p prompt] [-R directory] [-T timeout]\n            [-u user] file ...\n',
      );
      return 1;
    }
    if (!ctx.session.commands.has(args[0]!) && !args[0]!.includes('/')) {
      ctx.stderr.write(`sudo: ${args[0]}: command not found\n`);
      return 1;
    }
    return ctx.session
      .subshell({ uid: 0, gid: 0 })
      .run(quoteArgv(args), { stdin: ctx.stdin, stdout: ctx.stdout, stderr: ctx.stderr });
  },
};

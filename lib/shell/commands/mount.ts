import { showBusyboxUsage } from '../util/args/usage-more';
import { readMounts } from '../util/files/df-mounts';
import type { Command, CommandContext } from '../types';

/**
 * mount — list only (BusyBox, in containers): every line of /proc/mounts as
 * `SOURCE on TARGET type TYPE (OPTIONS)`. Mounting needs privileges a container does not have.
 */
export const mount: Command = {
  name: 'mount',
  flavors: ['busybox'],
  run(ctx: CommandContext) {
    if (ctx.args.length > 0) {
      if (ctx.args.every((a) => a.startsWith('-'))) return showBusyboxUsage(ctx);
      ctx.stderr.write('mount: permission denied (are you root?)\n');
      return 255;
    }
    const mounts = readMounts(ctx);
    if (mounts === null) {
      ctx.stderr.write("mount: can't read '/proc/mounts': No such file or directory\n");
      return 1;
    }
    ctx.stdout.write(
      mounts.map((m) => `${m.source} on ${m.target} type ${m.type} (${m.options})\n`).join(''),
    );
    return 0;
  },
};

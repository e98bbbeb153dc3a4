/**
 * uname [-asnrvmpio]: the simulated kernel (lib/engine/host-facts: Debian 12's, shared with the
 * containers, as a real host's kernel is) and this machine's node name. GNU and BusyBox print
 * the fields in the same order and both leave the unknown processor and platform out of -a
 * (lib/shell/fixtures/which-uname.cmds).
 */
import { KERNEL } from '../../engine';
import { optionError, parseTextArgs } from '../util/args/text-args';
import { busyboxHelp } from '../util/args/usage-text';
import type { Command, CommandContext } from '../types';

const ORDER = ['s', 'n', 'r', 'v', 'm', 'p', 'i', 'o'] as const;
const LONG: Record<string, string> = {
  all: 'a',
  'kernel-name': 's',
  nodename: 'n',
  'kernel-release': 'r',
  'kernel-version': 'v',
  machine: 'm',
  processor: 'p',
  'hardware-platform': 'i',
  'operating-system': 'o',
};

/**
 * The node name: the kernel's (a container's host name, the host's name), else, in a session
 * made without one, a container's HOSTNAME or the machine's /etc/hostname.
 */
function nodeName(ctx: CommandContext): string {
  if (ctx.kernel) return ctx.kernel.hostname;
  const fromEnv = ctx.env.get('HOSTNAME');
  if (fromEnv) return fromEnv;
  try {
    return ctx.fs.readTextFile('/etc/hostname').trim() || 'localhost';
  } catch {
    return 'localhost';
  }
}

function field(ctx: CommandContext, letter: (typeof ORDER)[number]): string {
  switch (letter) {
    case 's':
      return KERNEL.name;
    case 'n':
      return nodeName(ctx);
    case 'r':
      return KERNEL.release;
    case 'v':
      return KERNEL.version;
    case 'm':
      return KERNEL.machine;
    case 'o':
      return KERNEL.os;
    default:
      return 'unknown';
  }
}

export const uname: Command = {
  name: 'uname',
  run(ctx) {
    const r = parseTextArgs(ctx, { flags: 'asnrvmpio', long: LONG });
    if (!r.ok) return r.status;
    const { flags, operands } = r.opts;
    if (operands.length > 0) {
      if (ctx.flavor === 'bash') return optionError(ctx, `uname: extra operand '${operands[0]}'\n`);
      ctx.stderr.write(busyboxHelp('uname'));
      return 1;
    }
    const all = flags.has('a');
    const wanted = ORDER.filter((l) =>
      all ? l !== 'p' && l !== 'i' : flags.has(l) || (l === 's' && flags.size === 0),
    );
    ctx.stdout.write(`${wanted.map((l) => field(ctx, l)).join(' ')}\n`);
    return 0;
  },
};

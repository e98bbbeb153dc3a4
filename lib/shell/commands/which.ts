/**
 * which [-a] NAME…: where PATH finds each program. On the host it is debianutils' script (bad
 * option: "Illegal option -x", exit 2), in a container BusyBox's applet (banner and usage, exit
 * 1). A name not found prints nothing; the status is 1 if any was missing
 * (lib/shell/fixtures/which-uname.cmds). The simulated host keeps no program files: a command it
 * runs counts as a file in /usr/bin and in /bin (Debian's merged /usr, where /bin -> usr/bin), as
 * `type` says, and in /bin in a container whose filesystem lacks the applet's link; shell
 * builtins that have no program file are not found.
 */
import { busyboxHelp } from '../util/args/usage-text';
import type { Command, CommandContext } from '../types';

/** Builtins of the host's bash that Debian ships no program for. */
const BUILTIN_ONLY = new Set(['cd', 'export', 'unset', 'exit', 'history', 'help']);
/** Where a program the filesystem lacks is said to be: Debian's merged /usr, BusyBox's /bin. */
const PROGRAM_DIRS = { bash: new Set(['/usr/bin', '/bin']), busybox: new Set(['/bin']) };

function isExecutable(ctx: CommandContext, path: string): boolean {
  try {
    const st = ctx.fs.stat(path);
    return st.kind === 'file' && (st.mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

function isProgram(ctx: CommandContext, dir: string, name: string): boolean {
  if (!PROGRAM_DIRS[ctx.flavor].has(dir) || BUILTIN_ONLY.has(name)) return false;
  const command = ctx.session.commands.get(name);
  return command !== undefined && (!command.flavors || command.flavors.includes(ctx.flavor));
}

function locate(ctx: CommandContext, name: string, all: boolean): string[] {
  if (name.includes('/')) return isExecutable(ctx, ctx.resolve(name)) ? [name] : [];
  const found: string[] = [];
  for (const entry of (ctx.env.get('PATH') ?? '').split(':')) {
    const dir = entry === '' ? '.' : entry;
    const path = `${dir}/${name}`;
    if (isExecutable(ctx, ctx.resolve(path)) || isProgram(ctx, dir, name)) {
      found.push(path);
      if (!all) break;
    }
  }
  return found;
}

function badOption(ctx: CommandContext, letter: string): number {
  if (ctx.flavor === 'bash') {
    ctx.stderr.write(`Illegal option -${letter}\nUsage: /usr/bin/which [-a] args\n`);
    return 2;
  }
  ctx.stderr.write(`which: invalid option -- '${letter}'\n${busyboxHelp('which')}`);
  return 1;
}

export const which: Command = {
  name: 'which',
  run(ctx) {
    let all = false;
    let i = 0;
    for (; i < ctx.args.length && /^-./.test(ctx.args[i]!); i++) {
      const arg = ctx.args[i]!;
      if (arg === '--') {
        i++;
        break;
      }
      const bad = [...arg.slice(1)].find((c) => c !== 'a');
      if (bad !== undefined) return badOption(ctx, bad);
      all = true;
    }
    const names = ctx.args.slice(i);
    if (names.length === 0) {
      if (ctx.flavor !== 'bash') ctx.stderr.write(busyboxHelp('which'));
      return 1;
    }
    let status = 0;
    for (const name of names) {
      const found = locate(ctx, name, all);
      if (found.length === 0) status = 1;
      for (const path of found) ctx.stdout.write(`${path}\n`);
    }
    return status;
  },
};

import type { Command } from '../types';

/**
 * sh [-c SCRIPT] [FILE]: a child shell in the same flavor. `sh -c` runs the script; with no
 * operands it reads commands from stdin (empty stdin: exits at once, as `docker run alpine` does).
 */
export const sh: Command = {
  name: 'sh',
  async run(ctx) {
    const [flag, script] = ctx.args;
    let source: string;
    if (flag === '-c') {
      if (script === undefined) {
        ctx.stderr.write(
          ctx.flavor === 'bash'
            ? 'sh: 0: -c requires an argument\n'
            : 'sh: -c requires an argument\n',
        );
        return 2;
      }
      source = script;
    } else if (flag !== undefined) {
      try {
        source = ctx.fs.readTextFile(ctx.resolve(flag));
      } catch {
        ctx.stderr.write(
          ctx.flavor === 'bash'
            ? `sh: 0: cannot open ${flag}: No such file\n`
            : `sh: can't open '${flag}': No such file or directory\n`,
        );
        return ctx.flavor === 'bash' ? 2 : 127;
      }
    } else source = ctx.stdin;
    const sub = ctx.session.subshell();
    // the host's sh is dash, a container's BusyBox ash: both expand aliases in scripts
    sub.newProcess?.(true);
    if (flag === '-c') {
      // sh -c SCRIPT [NAME [ARGS…]]: NAME is $0, ARGS are $1…
      if (ctx.args[2] !== undefined) sub.argv0 = ctx.args[2];
      sub.positional = ctx.args.slice(3);
    }
    return sub.run(source, { stdout: ctx.stdout, stderr: ctx.stderr });
  },
};

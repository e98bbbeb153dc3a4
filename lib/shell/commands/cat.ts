import { errorText } from '../format';
import type { Command, CommandContext } from '../types';

/**
 * cat [FILE]... — concatenate files ("-" or none: stdin).
 * GNU:     cat: x: No such file or directory · cat: dir: Is a directory
 * BusyBox: cat: can't open 'x': No such file or directory · cat: read error: Is a directory
 */
export const cat: Command = {
  name: 'cat',
  run(ctx: CommandContext) {
    const files = ctx.args.filter((a) => a !== '--');
    let status = 0;
    for (const file of files.length === 0 ? ['-'] : files) {
      if (file === '-') {
        ctx.stdout.write(ctx.stdin);
        continue;
      }
      try {
        const path = ctx.resolve(file);
        if (ctx.fs.stat(path).kind === 'dir') {
          ctx.stderr.write(
            ctx.flavor === 'bash'
              ? `cat: ${file}: Is a directory\n`
              : 'cat: read error: Is a directory\n',
          );
          status = 1;
          continue;
        }
        ctx.stdout.write(ctx.fs.readTextFile(path));
      } catch (e) {
        const why = errorText(e);
        ctx.stderr.write(
          ctx.flavor === 'bash' ? `cat: ${file}: ${why}\n` : `cat: can't open '${file}': ${why}\n`,
        );
        status = 1;
      }
    }
    return status;
  },
};

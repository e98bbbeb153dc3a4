import { errorText } from '../format';
import type { Command, CommandContext } from '../types';
import { isEndlessDevice, streamDevice } from '../util/text/stream';

/**
 * cat [FILE]... — concatenate files ("-" or none: stdin). An endless device (/dev/zero) is
 * copied in pieces, pausing between them, until Ctrl-C or a full output.
 * GNU:     cat: x: No such file or directory · cat: dir: Is a directory
 * BusyBox: cat: can't open 'x': No such file or directory · cat: read error: Is a directory
 */
export const cat: Command = {
  name: 'cat',
  async run(ctx: CommandContext) {
    const files = ctx.args.filter((a) => a !== '--');
    let status = 0;
    for (const file of files.length === 0 ? ['-'] : files) {
      if (file === '-') {
        ctx.stdout.write(ctx.stdin);
        continue;
      }
      try {
        const path = ctx.resolve(file);
        const st = ctx.fs.stat(path);
        if (isEndlessDevice(st)) {
          await streamDevice(ctx, path);
          if (ctx.cancel.cancelled) return 130;
          continue;
        }
        if (st.kind === 'dir') {
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

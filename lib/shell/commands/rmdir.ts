import { gnuQuote } from '../quote';
import type { Command, CommandContext } from '../types';
import { missingOperand, parseOrFail } from '../util/args/file-args';
import { dirName } from '../util/files/path';
import { attempt, report, strerror, why } from '../util/files/report';

/** rmdir [-p] DIR... — GNU: failed to remove 'x': ERR · BusyBox: 'x': ERR */
export const rmdir: Command = {
  name: 'rmdir',
  run(ctx: CommandContext) {
    const p = parseOrFail(ctx, { flags: 'pv', long: { parents: 'p', verbose: 'v' } });
    if ('status' in p) return p.status;
    const { flags, operands } = p.opts;
    if (operands.length === 0) return missingOperand(ctx);
    let status = 0;
    // GNU words a failing parent of -p differently: "failed to remove directory 'x'".
    const fail = (shown: string, text: string, parent: boolean) =>
      report(
        ctx,
        `failed to remove ${parent ? 'directory ' : ''}${gnuQuote(shown)}: ${text}`,
        `'${shown}': ${text}`,
      );
    for (const arg of operands) {
      let shown = arg;
      for (;;) {
        const last = shown.replace(/\/+$/, '').split('/').pop();
        let r;
        if (last === '.') r = { ok: false as const, text: strerror('EINVAL') };
        else if (last === '..') r = { ok: false as const, text: strerror('ENOTEMPTY') };
        else {
          if (flags.has('v')) ctx.stdout.write(`rmdir: removing directory, ${gnuQuote(shown)}\n`);
          const a = attempt(() => ctx.fs.rmdir(ctx.resolve(shown)));
          r = a.ok ? { ok: true as const } : { ok: false as const, text: why(a.error) };
        }
        if (!r.ok) {
          status = fail(shown, r.text, shown !== arg);
          break;
        }
        if (!flags.has('p')) break;
        const parent = dirName(shown);
        if (parent === '.' || parent === '/' || parent === shown) break;
        shown = parent;
      }
    }
    return status;
  },
};

import { gnuQuote } from '../quote';
import { joinPath } from '../util/files/fs-lib';
import type { Command, CommandContext } from '../types';
import { parseOrFail, usageError } from '../util/args/file-args';
import { joinShown } from '../util/files/path';
import { attempt, why } from '../util/files/report';
import { busyboxHuman, gnuHuman, kbBlocks } from '../util/files/size';

/**
 * du [-s] [-a] [-h] [-c] [-d N] [FILE]... — disk usage in 1K blocks of an ext4-like disk
 * with 4 KiB blocks (a 6-byte file is 4, a directory 4, a symlink 0). Each inode counts
 * once per run, so `du -s . dir` prints only ".", as the real tools do.
 */
export const du: Command = {
  name: 'du',
  run(ctx: CommandContext) {
    const gnu = ctx.flavor === 'bash';
    const p = parseOrFail(ctx, {
      flags: 'sahckd',
      withValue: 'd',
      long: { summarize: 's', all: 'a', 'human-readable': 'h', total: 'c', 'max-depth': 'd' },
    });
    if ('status' in p) return p.status;
    const { flags, operands, values } = p.opts;
    let maxDepth = Infinity;
    const d = values.get('d');
    if (d !== undefined) {
      if (!/^\d+$/.test(d)) {
        if (gnu) return usageError(ctx, `du: invalid maximum depth ${gnuQuote(d)}\n`);
        ctx.stderr.write(`du: invalid number '${d}'\n`);
        return 1;
      }
      maxDepth = Number(d);
    }
    if (flags.has('s')) {
      if (gnu && d !== undefined && maxDepth !== 0) {
        ctx.stderr.write(`du: warning: summarizing conflicts with --max-depth=${maxDepth}\n`);
        return usageError(ctx, '');
      }
      maxDepth = 0;
    }
    const size = (kb: number) =>
      !flags.has('h') ? String(kb) : gnu ? gnuHuman(kb * 1024) : busyboxHuman(kb * 1024);
    const seen = new Set<number>();
    let status = 0;
    const walk = (shown: string, path: string, depth: number): number => {
      const st = attempt(() => ctx.fs.lstat(path));
      if (!st.ok) {
        ctx.stderr.write(
          gnu
            ? `du: cannot access ${gnuQuote(shown)}: ${why(st.error)}\n`
            : `du: ${shown}: ${why(st.error)}\n`,
        );
        status = 1;
        return 0;
      }
      if (seen.has(st.value.ino)) return 0;
      seen.add(st.value.ino);
      let total = kbBlocks(st.value);
      if (st.value.kind === 'dir') {
        const names = attempt(() => ctx.fs.readdir(path));
        if (!names.ok) {
          ctx.stderr.write(
            gnu
              ? `du: cannot read directory ${gnuQuote(shown)}: ${why(names.error)}\n`
              : `du: ${shown}: ${why(names.error)}\n`,
          );
          status = 1;
        } else {
          for (const n of names.value)
            total += walk(joinShown(shown, n), joinPath(path, n), depth + 1);
        }
      }
      if (depth <= maxDepth && (st.value.kind === 'dir' || flags.has('a') || depth === 0)) {
        ctx.stdout.write(`${size(total)}\t${shown}\n`);
      }
      return total;
    };
    let grand = 0;
    for (const arg of operands.length > 0 ? operands : ['.'])
      grand += walk(arg, ctx.resolve(arg), 0);
    if (flags.has('c')) ctx.stdout.write(`${size(grand)}\ttotal\n`);
    return status;
  },
};

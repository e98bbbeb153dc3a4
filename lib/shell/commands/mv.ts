import { gnuQuote } from '../quote';
import { MoveError, joinPath, move, normalizePath } from '../util/files/fs-lib';
import type { Command, CommandContext } from '../types';
import { parseOrFail } from '../util/args/file-args';
import { baseName, isWithin, joinShown } from '../util/files/path';
import { attempt, destStatError, destination, report, why } from '../util/files/report';

const q = gnuQuote;

/**
 * mv SOURCE... DEST — rename(2), with lib/fs `move()`'s copy + delete fallback on EXDEV.
 * GNU: cannot stat / cannot move 'a' to 'b': ERR · BusyBox: can't rename 'a': ERR
 */
export const mv: Command = {
  name: 'mv',
  run(ctx: CommandContext) {
    const gnu = ctx.flavor === 'bash';
    const p = parseOrFail(ctx, {
      flags: 'fnv',
      long: { force: 'f', 'no-clobber': 'n', verbose: 'v' },
    });
    if ('status' in p) return p.status;
    const { flags, operands } = p.opts;
    const dest = destination(ctx, operands);
    if ('status' in dest) return dest.status;
    const { sources, targetArg, targetPath, targetIsDir, intoDir } = dest;
    let status = 0;
    for (const srcArg of sources) {
      const src = ctx.resolve(srcArg);
      const dstShown = intoDir ? joinShown(targetArg, baseName(srcArg)) : targetArg;
      const dst = intoDir ? joinPath(targetPath, baseName(srcArg)) : targetPath;
      const st = attempt(() => ctx.fs.lstat(src));
      if (!st.ok) {
        status = report(
          ctx,
          `cannot stat ${q(srcArg)}: ${why(st.error)}`,
          `can't rename '${srcArg}': ${why(st.error)}`,
        );
        continue;
      }
      const existing = attempt(() => ctx.fs.lstat(dst));
      if (!existing.ok && existing.error.code !== 'ENOENT') {
        status = destStatError(ctx, dstShown, existing.error);
        continue;
      }
      const lastPart = srcArg.replace(/\/+$/, '').split('/').pop();
      if (lastPart === '.' || lastPart === '..' || src === '/') {
        status = report(
          ctx,
          `cannot move ${q(srcArg)} to ${q(dstShown)}: Device or resource busy`,
          `can't rename '${srcArg}': Device or resource busy`,
        );
        continue;
      }
      if (existing.ok && flags.has('n')) continue;
      if (gnu && existing.ok) {
        if (existing.value.ino === st.value.ino) {
          status = report(ctx, `${q(srcArg)} and ${q(dstShown)} are the same file`, '');
          continue;
        }
        const srcDir = st.value.kind === 'dir';
        const dstDir = existing.value.kind === 'dir';
        if (srcDir && !dstDir) {
          status = report(
            ctx,
            `cannot overwrite non-directory ${q(dstShown)} with directory ${q(srcArg)}`,
            '',
          );
          continue;
        }
        if (!srcDir && dstDir) {
          status = report(ctx, `cannot overwrite directory ${q(dstShown)} with non-directory`, '');
          continue;
        }
      }
      if (st.value.kind === 'dir' && isWithin(normalizePath(dst), normalizePath(src))) {
        if (!gnu && dst === src) continue;
        status = report(
          ctx,
          `cannot move ${q(srcArg)} to a subdirectory of itself, ${q(dstShown)}`,
          `can't rename '${srcArg}': Invalid argument`,
        );
        continue;
      }
      try {
        move(ctx.fs, src, targetIsDir ? targetPath : dst);
        if (flags.has('v')) {
          ctx.stdout.write(`${gnu ? 'renamed ' : ''}${q(srcArg)} -> ${q(dstShown)}\n`);
        }
      } catch (e) {
        if (!(e instanceof MoveError)) throw e;
        const text = why(e.cause);
        status = report(
          ctx,
          `cannot move ${q(srcArg)} to ${q(dstShown)}: ${text}`,
          `can't rename '${srcArg}': ${text}`,
        );
      }
    }
    return status;
  },
};

import { gnuQuote } from '../quote';
import { joinPath } from '../util/files/fs-lib';
import type { Command, CommandContext } from '../types';
import { missingOperand, parseOrFail } from '../util/args/file-args';
import { baseName, joinShown } from '../util/files/path';
import { attempt, gnuTargetError, isDir, report, why } from '../util/files/report';

const q = gnuQuote;

/**
 * ln [-s] [-f] [-n] TARGET [LINK] | TARGET... DIR — hard links by default, -s symbolic.
 * GNU: failed to create symbolic link 'x': ERR · BusyBox: x: ERR
 */
export const ln: Command = {
  name: 'ln',
  run(ctx: CommandContext) {
    const p = parseOrFail(ctx, {
      flags: 'sfnTv',
      long: { symbolic: 's', force: 'f', 'no-dereference': 'n', verbose: 'v' },
    });
    if ('status' in p) return p.status;
    const { flags, operands } = p.opts;
    if (operands.length === 0) return missingOperand(ctx, 'missing file operand');
    const symbolic = flags.has('s');
    let targets = operands.slice(0, -1);
    let linkArg = operands[operands.length - 1] as string;
    if (operands.length === 1) {
      targets = [linkArg];
      linkArg = '.';
    }
    const linkPath = ctx.resolve(linkArg);
    const lst = attempt(() => ctx.fs.lstat(linkPath));
    // -n: a symlink to a directory is replaced, not entered.
    const entersDir = flags.has('n') ? lst.ok && lst.value.kind === 'dir' : isDir(ctx, linkPath);
    const intoDir = operands.length === 1 || entersDir;
    // BusyBox links every target to the last operand in turn when it is no directory.
    if (targets.length > 1 && !intoDir && ctx.flavor === 'bash') {
      return gnuTargetError(ctx, linkArg, linkPath);
    }
    let status = 0;
    for (const target of targets) {
      const shown = intoDir
        ? operands.length === 1
          ? ctx.flavor === 'bash'
            ? `./${baseName(target)}`
            : baseName(target)
          : joinShown(linkArg, baseName(target))
        : linkArg;
      const path = intoDir ? joinPath(linkPath, baseName(target)) : linkPath;
      const kind = symbolic ? 'symbolic' : 'hard';
      if (!symbolic) {
        const st = attempt(() => ctx.fs.lstat(ctx.resolve(target)));
        if (!st.ok) {
          status = report(
            ctx,
            `failed to access ${q(target)}: ${why(st.error)}`,
            `${target}: ${why(st.error)}`,
          );
          continue;
        }
        if (st.value.kind === 'dir') {
          status = report(
            ctx,
            `${target}: hard link not allowed for directory`,
            `${shown}: Operation not permitted`,
          );
          continue;
        }
      }
      if (flags.has('f')) {
        const old = attempt(() => ctx.fs.lstat(path));
        if (old.ok && old.value.kind === 'dir') {
          status = report(
            ctx,
            `${q(shown)}: cannot overwrite directory`,
            `${shown}: Is a directory`,
          );
          continue;
        }
        if (old.ok) {
          const r = attempt(() => ctx.fs.unlink(path));
          if (!r.ok) {
            status = report(
              ctx,
              `cannot remove ${q(shown)}: ${why(r.error)}`,
              `${shown}: ${why(r.error)}`,
            );
            continue;
          }
        }
      }
      const r = attempt(() =>
        symbolic ? ctx.fs.symlink(target, path) : ctx.fs.link(ctx.resolve(target), path),
      );
      if (!r.ok) {
        // coreutils names the target too for hard links, except for these errnos (ln.c)
        const code = (r.error as { code?: string }).code ?? '';
        const arrow =
          !symbolic && !['EEXIST', 'ENOSPC', 'EROFS', 'EDQUOT'].includes(code)
            ? ` => ${q(target)}`
            : '';
        status = report(
          ctx,
          `failed to create ${kind} link ${q(shown)}${arrow}: ${why(r.error)}`,
          `${shown}: ${why(r.error)}`,
        );
      } else if (flags.has('v')) {
        ctx.stdout.write(`${q(shown)} -> ${q(target)}\n`);
      }
    }
    return status;
  },
};

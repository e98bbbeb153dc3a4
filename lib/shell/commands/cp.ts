import { joinPath, normalizePath, type Stat } from '../util/fs-lib';
import { gnuQuote } from '../format';
import type { Command, CommandContext } from '../types';
import { missingOperand, parseOrFail } from '../util/fs-args';
import { UMASK } from '../util/fs-mode';
import { baseName, isWithin, joinShown } from '../util/fs-path';
import { attempt, destStatError, gnuTargetError, isDir, report, why } from '../util/fs-report';

const q = gnuQuote;

/**
 * cp [-r|-R] [-a] [-p] [-f] SOURCE... DEST — files, trees (-r), attributes (-p, -a).
 * Without -r a directory is skipped with the tool's message; -r copies symlinks as links.
 */
export const cp: Command = {
  name: 'cp',
  run(ctx: CommandContext) {
    const p = parseOrFail(ctx, {
      flags: 'rRapfdPvn',
      long: { recursive: 'r', archive: 'a', force: 'f', 'no-dereference': 'P', verbose: 'v' },
    });
    if ('status' in p) return p.status;
    const { flags, operands } = p.opts;
    const recursive = flags.has('r') || flags.has('R') || flags.has('a');
    const preserve = flags.has('p') || flags.has('a');
    if (operands.length === 0) return missingOperand(ctx, 'missing file operand');
    if (operands.length === 1) {
      return missingOperand(
        ctx,
        `missing destination file operand after ${q(operands[0] as string)}`,
      );
    }
    const targetArg = operands[operands.length - 1] as string;
    const sources = operands.slice(0, -1);
    const targetPath = ctx.resolve(targetArg);
    // BusyBox copies several sources "into" the last operand even when it is no directory.
    const intoDir = isDir(ctx, targetPath) || (ctx.flavor === 'busybox' && sources.length > 1);
    if (sources.length > 1 && !intoDir) return gnuTargetError(ctx, targetArg, targetPath);

    const keep = (path: string, st: Stat) => {
      if (!preserve) return;
      attempt(() => ctx.fs.chown(path, st.uid, st.gid));
      attempt(() => ctx.fs.chmod(path, st.mode));
      attempt(() => ctx.fs.utimes(path, st.mtime));
    };

    const copy = (srcShown: string, src: string, dstShown: string, dst: string): boolean => {
      // Recursive copies keep symlinks as links (-R implies -P); plain cp follows them.
      const stat = attempt(() => (recursive ? ctx.fs.lstat(src) : ctx.fs.stat(src)));
      if (!stat.ok) {
        return !report(
          ctx,
          `cannot stat ${q(srcShown)}: ${why(stat.error)}`,
          `can't stat '${srcShown}': ${why(stat.error)}`,
        );
      }
      const st = stat.value;
      const existing = attempt(() => ctx.fs.stat(dst));
      if (!existing.ok && existing.error.code !== 'ENOENT') {
        return !destStatError(ctx, dstShown, existing.error);
      }
      if (existing.ok && flags.has('n')) return true;
      if (existing.ok && existing.value.ino === st.ino && st.kind !== 'symlink') {
        return !report(
          ctx,
          `${q(srcShown)} and ${q(dstShown)} are the same file`,
          `'${srcShown}' and '${dstShown}' are the same file`,
        );
      }
      if (st.kind === 'dir') {
        if (!recursive) {
          return !report(
            ctx,
            `-r not specified; omitting directory ${q(srcShown)}`,
            `omitting directory '${srcShown}'`,
          );
        }
        // GNU refuses up front; BusyBox copies until it meets the destination inside.
        if (ctx.flavor === 'bash' && isWithin(normalizePath(dst), normalizePath(src))) {
          return !report(
            ctx,
            `cannot copy a directory, ${q(srcShown)}, into itself, ${q(dstShown)}`,
            '',
          );
        }
        if (src === rootDst) {
          return !report(ctx, '', `recursion detected, omitting directory '${srcShown}'`);
        }
        if (existing.ok && existing.value.kind !== 'dir') {
          return !report(
            ctx,
            `cannot overwrite non-directory ${q(dstShown)} with directory ${q(srcShown)}`,
            `'${dstShown}' exists but is not a directory`,
          );
        }
        if (!existing.ok) {
          const made = attempt(() => ctx.fs.mkdir(dst, { mode: (st.mode | 0o700) & 0o7777 }));
          if (!made.ok) {
            return !report(
              ctx,
              `cannot create directory ${q(dstShown)}: ${why(made.error)}`,
              `can't create directory '${dstShown}': ${why(made.error)}`,
            );
          }
        }
        const names = attempt(() => ctx.fs.readdir(src));
        if (!names.ok) {
          return !report(
            ctx,
            `cannot access ${q(srcShown)}: ${why(names.error)}`,
            `can't open '${srcShown}': ${why(names.error)}`,
          );
        }
        let ok = true;
        for (const name of names.value) {
          if (
            !copy(
              joinShown(srcShown, name),
              joinPath(src, name),
              joinShown(dstShown, name),
              joinPath(dst, name),
            )
          )
            ok = false;
        }
        if (!existing.ok) attempt(() => ctx.fs.chmod(dst, preserve ? st.mode : st.mode & ~UMASK));
        keep(dst, st);
        return ok;
      }
      if (st.kind === 'symlink') {
        const r = attempt(() => {
          if (existing.ok || ctx.fs.exists(dst)) ctx.fs.unlink(dst);
          ctx.fs.symlink(ctx.fs.readlink(src), dst);
        });
        if (!r.ok) {
          return !report(
            ctx,
            `cannot create symbolic link ${q(dstShown)}: ${why(r.error)}`,
            `can't create symlink '${dstShown}': ${why(r.error)}`,
          );
        }
        return true;
      }
      if (existing.ok && existing.value.kind === 'dir') {
        return !report(
          ctx,
          `cannot overwrite directory ${q(dstShown)} with non-directory`,
          `'${dstShown}' is a directory`,
        );
      }
      const data = attempt(() => ctx.fs.readFile(src));
      if (!data.ok) {
        return !report(
          ctx,
          `cannot open ${q(srcShown)} for reading: ${why(data.error)}`,
          `can't open '${srcShown}': ${why(data.error)}`,
        );
      }
      const w = attempt(() =>
        ctx.fs.writeFile(dst, data.value, { mode: st.mode & ~UMASK & 0o777 }),
      );
      if (!w.ok && w.error.code === 'ENOSPC') {
        // opened fine, the copy ran out of room while writing (a full tmpfs)
        return !report(
          ctx,
          `error writing ${q(dstShown)}: ${why(w.error)}`,
          `write error: ${why(w.error)}`,
        );
      }
      if (!w.ok) {
        const verb = existing.ok ? 'open' : 'create regular file';
        return !report(
          ctx,
          `cannot ${verb} ${q(dstShown)}${existing.ok ? ' for writing' : ''}: ${why(w.error)}`,
          `can't create '${dstShown}': ${why(w.error)}`,
        );
      }
      if (flags.has('v')) ctx.stdout.write(`${q(srcShown)} -> ${q(dstShown)}\n`);
      keep(dst, st);
      return true;
    };

    let status = 0;
    let rootDst = '';
    for (const src of sources) {
      const dstShown = intoDir ? joinShown(targetArg, baseName(src)) : targetArg;
      const dst = intoDir ? joinPath(targetPath, baseName(src)) : targetPath;
      rootDst = normalizePath(dst);
      if (!copy(src, ctx.resolve(src), dstShown, dst)) status = 1;
    }
    return status;
  },
};

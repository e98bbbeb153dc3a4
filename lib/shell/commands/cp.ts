import { gnuQuote } from '../quote';
import { joinPath, normalizePath, type Stat } from '../util/files/fs-lib';
import type { Command, CommandContext } from '../types';
import { parseOrFail } from '../util/args/file-args';
import { UMASK } from '../util/files/mode';
import { baseName, isWithin, joinShown } from '../util/files/path';
import { attempt, destStatError, destination, report, why } from '../util/files/report';

const q = gnuQuote;

/** One copy: source and destination, each as the user wrote it and as an fs path. */
interface Pair {
  srcShown: string;
  src: string;
  dstShown: string;
  dst: string;
}

type Attempt<T> = ReturnType<typeof attempt<T>>;

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
    const dest = destination(ctx, operands);
    if ('status' in dest) return dest.status;
    const { sources, targetArg, targetPath, intoDir } = dest;
    const copier = new Copier(ctx, flags);
    let status = 0;
    for (const src of sources) {
      const dstShown = intoDir ? joinShown(targetArg, baseName(src)) : targetArg;
      const dst = intoDir ? joinPath(targetPath, baseName(src)) : targetPath;
      if (!copier.copyOperand({ srcShown: src, src: ctx.resolve(src), dstShown, dst })) status = 1;
    }
    return status;
  },
};

/** Copies one operand (a tree with -r); every step reports its own error and says if it worked. */
class Copier {
  private readonly recursive: boolean;
  private readonly preserve: boolean;
  /** The destination of the operand being copied: BusyBox stops recursing when it meets it. */
  private rootDst = '';

  constructor(
    private readonly ctx: CommandContext,
    private readonly flags: Set<string>,
  ) {
    this.recursive = flags.has('r') || flags.has('R') || flags.has('a');
    this.preserve = flags.has('p') || flags.has('a');
  }

  copyOperand(pair: Pair): boolean {
    this.rootDst = normalizePath(pair.dst);
    return this.copy(pair);
  }

  private copy(pair: Pair): boolean {
    const { ctx } = this;
    const { srcShown, src, dstShown, dst } = pair;
    // Recursive copies keep symlinks as links (-R implies -P); plain cp follows them.
    const stat = attempt(() => (this.recursive ? ctx.fs.lstat(src) : ctx.fs.stat(src)));
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
    if (existing.ok && this.flags.has('n')) return true;
    if (existing.ok && existing.value.ino === st.ino && st.kind !== 'symlink') {
      return !report(
        ctx,
        `${q(srcShown)} and ${q(dstShown)} are the same file`,
        `'${srcShown}' and '${dstShown}' are the same file`,
      );
    }
    if (st.kind === 'dir') return this.copyDir(pair, st, existing);
    if (st.kind === 'symlink') return this.copyLink(pair, existing);
    return this.copyFile(pair, st, existing);
  }

  /** -p/-a: owner, mode and mtime of the source, as far as allowed. */
  private keep(path: string, st: Stat): void {
    if (!this.preserve) return;
    const fs = this.ctx.fs;
    attempt(() => fs.chown(path, st.uid, st.gid));
    attempt(() => fs.chmod(path, st.mode));
    attempt(() => fs.utimes(path, st.mtime));
  }

  private copyDir(pair: Pair, st: Stat, existing: Attempt<Stat>): boolean {
    const { ctx } = this;
    const { srcShown, src, dstShown, dst } = pair;
    if (!this.dirAllowed(pair, existing)) return false;
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
      const child = {
        srcShown: joinShown(srcShown, name),
        src: joinPath(src, name),
        dstShown: joinShown(dstShown, name),
        dst: joinPath(dst, name),
      };
      if (!this.copy(child)) ok = false;
    }
    if (!existing.ok) {
      attempt(() => ctx.fs.chmod(dst, this.preserve ? st.mode : st.mode & ~UMASK));
    }
    this.keep(dst, st);
    return ok;
  }

  /** The refusals before a directory is copied: no -r, into itself, onto a non-directory. */
  private dirAllowed(pair: Pair, existing: Attempt<Stat>): boolean {
    const { ctx } = this;
    const { srcShown, src, dstShown, dst } = pair;
    if (!this.recursive) {
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
    if (src === this.rootDst) {
      return !report(ctx, '', `recursion detected, omitting directory '${srcShown}'`);
    }
    if (existing.ok && existing.value.kind !== 'dir') {
      return !report(
        ctx,
        `cannot overwrite non-directory ${q(dstShown)} with directory ${q(srcShown)}`,
        `'${dstShown}' exists but is not a directory`,
      );
    }
    return true;
  }

  private copyLink(pair: Pair, existing: Attempt<Stat>): boolean {
    const { ctx } = this;
    const { src, dstShown, dst } = pair;
    const r = attempt(() => {
      if (existing.ok || ctx.fs.exists(dst)) ctx.fs.unlink(dst);
      ctx.fs.symlink(ctx.fs.readlink(src), dst);
    });
    if (r.ok) return true;
    return !report(
      ctx,
      `cannot create symbolic link ${q(dstShown)}: ${why(r.error)}`,
      `can't create symlink '${dstShown}': ${why(r.error)}`,
    );
  }

  private copyFile(pair: Pair, st: Stat, existing: Attempt<Stat>): boolean {
    const { ctx } = this;
    const { srcShown, src, dstShown, dst } = pair;
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
    const w = attempt(() => ctx.fs.writeFile(dst, data.value, { mode: st.mode & ~UMASK & 0o777 }));
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
    if (this.flags.has('v')) ctx.stdout.write(`${q(srcShown)} -> ${q(dstShown)}\n`);
    this.keep(dst, st);
    return true;
  }
}

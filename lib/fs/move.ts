/**
 * move: what `mv SRC DST` does. rename(2) first; when the union refuses with EXDEV (a lower
 * or merged directory, docs/semantics.md#r19-renaming-a-lower-directory-fails-with-exdev) it falls
 * back to copy + delete like coreutils: remove an existing target, copy the tree preserving mode,
 * owner, mtime and hard links, then `rm -r` the source.
 */
import { FsError, isFsError } from './errors';
import { basename, joinPath, normalizePath } from './pathname';
import type { FileSystem, Stat } from './types';

export type MoveStage = 'stat' | 'rename' | 'remove-target' | 'copy';

/** Which step of mv failed, with the FsError behind it (the shell words the message). */
export class MoveError extends Error {
  constructor(
    readonly stage: MoveStage,
    readonly from: string,
    readonly to: string,
    readonly cause: FsError,
  ) {
    super(`mv ${stage} ${from} -> ${to}: ${cause.message}`);
    this.name = 'MoveError';
  }
}

function attempt<T>(stage: MoveStage, from: string, to: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof FsError) throw new MoveError(stage, from, to, e);
    throw e;
  }
}

/** Moves `from` to `to` (or into `to` when it is a directory). Returns the final path. */
export function move(fs: FileSystem, from: string, to: string): string {
  const src = attempt('stat', from, to, () => fs.lstat(from));
  let target = to;
  if (fs.exists(to) && isDir(fs, to)) target = joinPath(normalizePath(to), basename(from));
  try {
    fs.rename(from, target);
    return target;
  } catch (e) {
    if (!isFsError(e, 'EXDEV')) {
      if (e instanceof FsError) throw new MoveError('rename', from, target, e);
      throw e;
    }
  }
  attempt('remove-target', from, target, () => removeTarget(fs, target, src));
  attempt('copy', from, target, () => copyTree(fs, from, target, new Map()));
  attempt('copy', from, target, () => fs.rm(from, { recursive: true }));
  return target;
}

function isDir(fs: FileSystem, path: string): boolean {
  try {
    return fs.stat(path).kind === 'dir';
  } catch {
    return false;
  }
}

function removeTarget(fs: FileSystem, target: string, src: Stat): void {
  try {
    if (src.kind === 'dir') fs.rmdir(target);
    else fs.unlink(target);
  } catch (e) {
    if (!isFsError(e, 'ENOENT')) throw e;
  }
}

/** cp -a of one entry; `links` maps source inode -> first copy, to keep hard links. */
function copyTree(fs: FileSystem, from: string, to: string, links: Map<number, string>): void {
  const st = fs.lstat(from);
  if (st.kind === 'symlink') {
    fs.symlink(fs.readlink(from), to);
    return;
  }
  if (st.kind === 'file') {
    const first = st.nlink > 1 ? links.get(st.ino) : undefined;
    if (first !== undefined) return fs.link(first, to);
    links.set(st.ino, to);
    fs.writeFile(to, fs.readFile(from), { mode: st.mode });
  } else {
    fs.mkdir(to, { mode: st.mode });
    for (const name of fs.readdir(from))
      copyTree(fs, joinPath(from, name), joinPath(to, name), links);
  }
  preserve(fs, to, st);
}

function preserve(fs: FileSystem, path: string, st: Stat): void {
  try {
    fs.chown(path, st.uid, st.gid);
  } catch (e) {
    if (!isFsError(e, 'EPERM')) throw e; // non-root: ownership is not preserved, as with cp -p
  }
  fs.chmod(path, st.mode);
  fs.utimes(path, st.mtime);
}

/** Read-only operations: stat, lstat, readdir, readFile, readlink, realpath. */
import { FsError } from './errors';
import { MAY_READ, mayAccess } from './permission';
import type { Stat } from './types';
import { kindOf, toStat, type VfsContext } from './vfs-context';
import { walk, walkExisting } from './walk';

export function stat<H>(ctx: VfsContext<H>, path: string, follow: boolean): Stat {
  const r = walkExisting(ctx, path, follow, follow ? 'stat' : 'lstat');
  const st = toStat(ctx.driver.attr(r.node));
  if (st.kind === 'dir') st.nlink = ctx.driver.dirLinks(r.node);
  return st;
}

/** Like `test -e`: follows symlinks, so a dangling link does not exist. */
export function exists<H>(ctx: VfsContext<H>, path: string): boolean {
  try {
    return walk(ctx, path, true, 'stat').node !== undefined;
  } catch (e) {
    if (e instanceof FsError) return false;
    throw e;
  }
}

export function readdir<H>(ctx: VfsContext<H>, path: string): string[] {
  const { node } = walkExisting(ctx, path, true, 'readdir');
  const attr = ctx.driver.attr(node);
  if (attr.kind !== 'dir') throw new FsError('ENOTDIR', 'readdir', path);
  if (!mayAccess(attr, ctx.who, MAY_READ)) throw new FsError('EACCES', 'readdir', path);
  return ctx.driver.list(node).sort(compareNames);
}

/** Byte order, like `LC_ALL=C ls`. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function readFile<H>(ctx: VfsContext<H>, path: string): Uint8Array {
  const { node } = walkExisting(ctx, path, true, 'open');
  const attr = ctx.driver.attr(node);
  if (attr.kind === 'dir') throw new FsError('EISDIR', 'open', path);
  if (!mayAccess(attr, ctx.who, MAY_READ)) throw new FsError('EACCES', 'open', path);
  return ctx.driver.read(node).slice();
}

export function readlink<H>(ctx: VfsContext<H>, path: string): string {
  const { node } = walkExisting(ctx, path, false, 'readlink');
  if (kindOf(ctx, node) !== 'symlink') throw new FsError('EINVAL', 'readlink', path);
  return ctx.driver.readlink(node);
}

export function realpath<H>(ctx: VfsContext<H>, path: string): string {
  const r = walkExisting(ctx, path, true, 'realpath');
  const parts = r.name === '' ? [] : [...r.parentPath, r.name];
  return '/' + parts.join('/');
}

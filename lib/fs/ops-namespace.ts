/** Name operations: mkdir (-p), rmdir, unlink, rm (-r/-f), symlink, link. */
import { FsError } from './errors';
import { stat } from './ops-read';
import { joinPath, splitPath } from './pathname';
import { MAY_READ, MAY_WRITE, isOwner, mayAccess } from './permission';
import {
  assertMayDelete,
  assertMayModifyDir,
  assertWritableMount,
  kindOf,
  type VfsContext,
} from './vfs-context';
import { walk, walkExisting } from './walk';

export function mkdir<H>(ctx: VfsContext<H>, path: string, mode = 0o755): void {
  const r = walk(ctx, path, false, 'mkdir');
  if (r.node !== undefined) throw new FsError('EEXIST', 'mkdir', path);
  assertWritableMount(ctx, 'mkdir', path);
  assertMayModifyDir(ctx, r.parent, 'mkdir', path);
  const { uid, gid } = ctx.who;
  ctx.driver.create(r.parent, r.name, { kind: 'dir', mode, uid, gid, mtime: ctx.clock() });
}

/**
 * mkdir -p: creates each missing component. Errors name the component that failed, as
 * coreutils does: an existing non-directory is EEXIST at the end and ENOTDIR before it.
 */
export function mkdirRecursive<H>(ctx: VfsContext<H>, path: string, mode = 0o755): void {
  const parts = splitPath(path);
  let prefix = '/';
  parts.forEach((part, i) => {
    prefix = joinPath(prefix, part);
    const r = walk(ctx, prefix, false, 'mkdir');
    if (r.node === undefined) return mkdir(ctx, prefix, mode);
    let kind: string | undefined;
    try {
      kind = stat(ctx, prefix, true).kind;
    } catch {
      throw new FsError('EEXIST', 'mkdir', prefix);
    }
    if (kind !== 'dir') {
      throw new FsError(i === parts.length - 1 ? 'EEXIST' : 'ENOTDIR', 'mkdir', prefix);
    }
  });
}

export function rmdir<H>(ctx: VfsContext<H>, path: string): void {
  const r = walk(ctx, path, false, 'rmdir');
  if (r.name === '') throw new FsError('EBUSY', 'rmdir', path);
  assertWritableMount(ctx, 'rmdir', path);
  if (r.node === undefined) throw new FsError('ENOENT', 'rmdir', path);
  if (kindOf(ctx, r.node) !== 'dir') throw new FsError('ENOTDIR', 'rmdir', path);
  assertMayDelete(ctx, r.parent, r.node, 'rmdir', path);
  if (ctx.driver.list(r.node).length > 0) throw new FsError('ENOTEMPTY', 'rmdir', path);
  ctx.driver.remove(r.parent, r.name, r.node);
}

export function unlink<H>(ctx: VfsContext<H>, path: string): void {
  const r = walk(ctx, path, false, 'unlink');
  if (r.name === '') throw new FsError('EISDIR', 'unlink', path);
  assertWritableMount(ctx, 'unlink', path);
  if (r.node === undefined) throw new FsError('ENOENT', 'unlink', path);
  if (kindOf(ctx, r.node) === 'dir') throw new FsError('EISDIR', 'unlink', path);
  assertMayDelete(ctx, r.parent, r.node, 'unlink', path);
  ctx.driver.remove(r.parent, r.name, r.node);
}

export interface RmOptions {
  recursive?: boolean;
  force?: boolean;
}

/** rm [-r] [-f]: children first, then the directory itself. -f ignores missing paths. */
export function rm<H>(ctx: VfsContext<H>, path: string, opts: RmOptions = {}): void {
  let kind: string;
  try {
    kind = stat(ctx, path, false).kind;
  } catch (e) {
    const missing = e instanceof FsError && (e.code === 'ENOENT' || e.code === 'ENOTDIR');
    if (opts.force && missing) return;
    throw e;
  }
  if (kind !== 'dir') return unlink(ctx, path);
  if (!opts.recursive) throw new FsError('EISDIR', 'unlink', path);
  const { node } = walkExisting(ctx, path, false, 'readdir');
  const attr = ctx.driver.attr(node);
  if (!mayAccess(attr, ctx.who, MAY_READ)) throw new FsError('EACCES', 'readdir', path);
  for (const name of ctx.driver.list(node).sort()) rm(ctx, joinPath(path, name), opts);
  rmdir(ctx, path);
}

export function symlink<H>(ctx: VfsContext<H>, target: string, path: string): void {
  const r = walk(ctx, path, false, 'symlink');
  if (r.node !== undefined) throw new FsError('EEXIST', 'symlink', target, path);
  assertWritableMount(ctx, 'symlink', path);
  assertMayModifyDir(ctx, r.parent, 'symlink', path);
  const { uid, gid } = ctx.who;
  ctx.driver.create(r.parent, r.name, { kind: 'symlink', uid, gid, mtime: ctx.clock(), target });
}

/** link(2): never follows a symlink in `existing`; directories cannot be hard-linked. */
export function link<H>(ctx: VfsContext<H>, existing: string, newPath: string): void {
  const src = walkExisting(ctx, existing, false, 'link');
  const dst = walk(ctx, newPath, false, 'link');
  if (dst.node !== undefined) throw new FsError('EEXIST', 'link', existing, newPath);
  assertWritableMount(ctx, 'link', newPath);
  const attr = ctx.driver.attr(src.node);
  if (attr.kind === 'dir') throw new FsError('EPERM', 'link', existing, newPath);
  assertMayModifyDir(ctx, dst.parent, 'link', newPath);
  // fs.protected_hardlinks=1: others' files need read and write access.
  if (!isOwner(attr, ctx.who) && !mayAccess(attr, ctx.who, MAY_READ | MAY_WRITE)) {
    throw new FsError('EPERM', 'link', existing, newPath);
  }
  ctx.driver.link(dst.parent, dst.name, src.node);
}

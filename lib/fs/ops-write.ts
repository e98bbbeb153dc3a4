/** Content and metadata changes: writeFile, appendFile, truncate, chmod, chown, utimes. */
import { FsError, type Syscall } from './errors';
import { utf8 } from './node';
import { hasTrailingSlash } from './pathname';
import { MAY_WRITE, S_ISGID, S_ISUID, inGroup, isOwner, isRoot, mayAccess } from './permission';
import type { Data } from './types';
import { assertMayModifyDir, assertWritableMount, type VfsContext } from './vfs-context';
import { walk, walkExisting } from './walk';

export function toBytes(data: Data): Uint8Array {
  return typeof data === 'string' ? utf8(data) : data;
}

/**
 * open(2) with O_WRONLY|O_CREAT (+O_TRUNC or O_APPEND) followed by one write. A missing
 * file is created with `mode`; an existing one is rewritten (overlayfs: copied up first).
 */
export function writeFile<H>(
  ctx: VfsContext<H>,
  path: string,
  data: Data,
  append: boolean,
  mode = 0o644,
): void {
  const bytes = toBytes(data);
  const r = walk(ctx, path, true, 'open');
  const { driver } = ctx;
  if (r.node === undefined) {
    if (r.name === '' || hasTrailingSlash(path)) throw new FsError('EISDIR', 'open', path);
    assertWritableMount(ctx, 'open', path);
    assertMayModifyDir(ctx, r.parent, 'open', path);
    const room = ctx.driver.freeSpace();
    const { uid, gid } = ctx.who;
    driver.create(r.parent, r.name, {
      kind: 'file',
      mode,
      uid,
      gid,
      mtime: ctx.clock(),
      data: bytes.length > room ? bytes.subarray(0, room) : bytes,
    });
    if (bytes.length > room) throw new FsError('ENOSPC', 'write', path);
    return;
  }
  const attr = driver.attr(r.node);
  if (attr.kind === 'dir') throw new FsError('EISDIR', 'open', path);
  assertWritableMount(ctx, 'open', path);
  if (!mayAccess(attr, ctx.who, MAY_WRITE)) throw new FsError('EACCES', 'open', path);
  const old = driver.read(r.node);
  const next = append ? concat(old, bytes) : bytes;
  // tmpfs size=: what fits is written, then ENOSPC (the kernel's short write, then the error)
  const room = old.length + driver.freeSpace();
  if (next.length > old.length && next.length > room) {
    driver.setData(r.node, next.subarray(0, Math.max(room, append ? old.length : 0)), ctx.clock());
    throw new FsError('ENOSPC', 'write', path);
  }
  driver.setData(r.node, next, ctx.clock());
}

/** tmpfs size=: growing past the limit fails with ENOSPC. */
function assertSpace<H>(
  ctx: VfsContext<H>,
  grow: number,
  path: string,
  syscall: Syscall = 'write',
) {
  if (grow > 0 && grow > ctx.driver.freeSpace()) throw new FsError('ENOSPC', syscall, path);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

export function truncate<H>(ctx: VfsContext<H>, path: string, length: number): void {
  if (length < 0) throw new FsError('EINVAL', 'truncate', path);
  const { node } = walkExisting(ctx, path, true, 'truncate');
  const attr = ctx.driver.attr(node);
  if (attr.kind === 'dir') throw new FsError('EISDIR', 'truncate', path);
  assertWritableMount(ctx, 'truncate', path);
  if (!mayAccess(attr, ctx.who, MAY_WRITE)) throw new FsError('EACCES', 'truncate', path);
  const old = ctx.driver.read(node);
  assertSpace(ctx, length - old.length, path, 'truncate');
  const next = new Uint8Array(length);
  next.set(old.subarray(0, Math.min(length, old.length)));
  ctx.driver.setData(node, next, ctx.clock());
}

export function chmod<H>(ctx: VfsContext<H>, path: string, mode: number): void {
  const { node } = walkExisting(ctx, path, true, 'chmod');
  assertWritableMount(ctx, 'chmod', path);
  const attr = ctx.driver.attr(node);
  if (!isOwner(attr, ctx.who)) throw new FsError('EPERM', 'chmod', path);
  let next = mode & 0o7777;
  // Linux drops setgid when a non-root caller is not in the file's group.
  if (!isRoot(ctx.who) && attr.kind === 'file' && attr.gid !== ctx.who.gid) next &= ~S_ISGID;
  ctx.driver.setMeta(node, { mode: next });
}

export function chown<H>(ctx: VfsContext<H>, path: string, uid: number, gid: number): void {
  const { node } = walkExisting(ctx, path, true, 'chown');
  assertWritableMount(ctx, 'chown', path);
  const attr = ctx.driver.attr(node);
  const newUid = uid === -1 ? attr.uid : uid;
  const newGid = gid === -1 ? attr.gid : gid;
  if (!isRoot(ctx.who)) {
    // Owners may only change the group, and only to one of their own groups.
    const allowed =
      attr.uid === ctx.who.uid &&
      newUid === attr.uid &&
      (newGid === attr.gid || inGroup(ctx.who, newGid));
    if (!allowed) throw new FsError('EPERM', 'chown', path);
  }
  let mode = attr.mode;
  if (attr.kind === 'file') {
    // chown(2) clears setuid, and setgid when group-executable, on regular files.
    mode &= ~S_ISUID;
    if (mode & 0o010) mode &= ~S_ISGID;
  }
  ctx.driver.setMeta(node, { uid: newUid, gid: newGid, mode });
}

/** utimensat(2): an explicit time needs ownership; "now" also works with write permission. */
export function utimes<H>(ctx: VfsContext<H>, path: string, mtime?: number): void {
  const { node } = walkExisting(ctx, path, true, 'utimes');
  assertWritableMount(ctx, 'utimes', path);
  const attr = ctx.driver.attr(node);
  if (!isOwner(attr, ctx.who)) {
    if (mtime !== undefined) throw new FsError('EPERM', 'utimes', path);
    if (!mayAccess(attr, ctx.who, MAY_WRITE)) throw new FsError('EACCES', 'utimes', path);
  }
  ctx.driver.setMeta(node, { mtime: mtime ?? ctx.clock() });
}

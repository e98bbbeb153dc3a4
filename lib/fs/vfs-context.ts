/** Shared state of one VFS call: the backend, the caller and the mount flags. */
import type { Clock } from './clock';
import type { NodeAttr } from './driver';
import { FsError, type Syscall } from './errors';
import { MAY_EXEC, MAY_WRITE, mayAccess, mayDeleteSticky } from './permission';
import type { Stat } from './types';
import type { WalkContext } from './walk';

export interface VfsContext<H> extends WalkContext<H> {
  readOnly: boolean;
  clock: Clock;
}

export function toStat(a: NodeAttr): Stat {
  return {
    kind: a.kind,
    mode: a.mode,
    uid: a.uid,
    gid: a.gid,
    size: a.size,
    mtime: a.mtime,
    ino: a.ino,
    nlink: a.nlink,
  };
}

export function assertWritableMount<H>(ctx: VfsContext<H>, syscall: Syscall, path: string): void {
  if (ctx.readOnly) throw new FsError('EROFS', syscall, path);
}

/** Creating or removing a name needs write and search permission on the directory. */
export function assertMayModifyDir<H>(
  ctx: VfsContext<H>,
  dir: H,
  syscall: Syscall,
  path: string,
): void {
  if (!mayAccess(ctx.driver.attr(dir), ctx.who, MAY_WRITE | MAY_EXEC)) {
    throw new FsError('EACCES', syscall, path);
  }
}

export function assertMayDelete<H>(
  ctx: VfsContext<H>,
  dir: H,
  victim: H,
  syscall: Syscall,
  path: string,
): void {
  assertMayModifyDir(ctx, dir, syscall, path);
  if (!mayDeleteSticky(ctx.driver.attr(dir), ctx.driver.attr(victim), ctx.who)) {
    throw new FsError('EPERM', syscall, path);
  }
}

export function kindOf<H>(ctx: VfsContext<H>, h: H): NodeAttr['kind'] {
  return ctx.driver.attr(h).kind;
}

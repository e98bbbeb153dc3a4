/** rename(2) with the kernel's checks in the kernel's order. */
import { FsError } from './errors';
import { MAY_WRITE, mayAccess } from './permission';
import {
  assertMayDelete,
  assertMayModifyDir,
  assertWritableMount,
  kindOf,
  type VfsContext,
} from './vfs-context';
import { walk } from './walk';

function isPrefix(prefix: readonly string[], path: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((c, i) => path[i] === c);
}

export function rename<H>(ctx: VfsContext<H>, from: string, to: string): void {
  const fail = (code: FsError['code']) => {
    throw new FsError(code, 'rename', from, to);
  };
  const s = walk(ctx, from, false, 'rename');
  const d = walk(ctx, to, false, 'rename');
  if (s.name === '' || d.name === '') fail('EBUSY');
  assertWritableMount(ctx, 'rename', from);
  if (s.node === undefined) return fail('ENOENT');
  const srcPath = [...s.parentPath, s.name];
  if (isPrefix(srcPath, d.parentPath)) fail('EINVAL');
  if (d.node !== undefined && isPrefix([...d.parentPath, d.name], s.parentPath)) fail('ENOTEMPTY');
  const { driver } = ctx;
  if (d.node !== undefined && driver.sameInode(s.node, d.node)) return;
  const srcKind = kindOf(ctx, s.node);
  const dstKind = d.node === undefined ? undefined : kindOf(ctx, d.node);
  if (dstKind !== undefined && srcKind === 'dir' && dstKind !== 'dir') fail('ENOTDIR');
  if (dstKind === 'dir' && srcKind !== 'dir') fail('EISDIR');
  assertMayDelete(ctx, s.parent, s.node, 'rename', from);
  if (d.node === undefined) assertMayModifyDir(ctx, d.parent, 'rename', to);
  else assertMayDelete(ctx, d.parent, d.node, 'rename', to);
  const moves = s.parentPath.join('/') !== d.parentPath.join('/');
  if (srcKind === 'dir' && moves && !mayAccess(driver.attr(s.node), ctx.who, MAY_WRITE)) {
    fail('EACCES');
  }
  if (!driver.canRename(s.node)) fail('EXDEV');
  if (dstKind === 'dir' && driver.list(d.node as H).length > 0) fail('ENOTEMPTY');
  driver.rename(s.parent, s.name, s.node, d.parent, d.name, d.node);
}

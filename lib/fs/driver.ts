/**
 * The contract between the generic POSIX layer (vfs*.ts) and a storage backend. The VFS
 * resolves paths, follows symlinks, checks permissions and picks the errno; a driver only
 * stores. `H` is the driver's handle for a looked-up entry, valid for one operation.
 */
import type { EntryKind } from './types';

export interface NodeAttr {
  kind: EntryKind;
  ino: number;
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
  nlink: number;
  size: number;
}

export type NewEntry =
  | { kind: 'file'; mode: number; uid: number; gid: number; mtime: number; data: Uint8Array }
  | { kind: 'dir'; mode: number; uid: number; gid: number; mtime: number }
  | { kind: 'symlink'; uid: number; gid: number; mtime: number; target: string };

export interface MetaPatch {
  mode?: number;
  uid?: number;
  gid?: number;
  mtime?: number;
}

export interface Driver<H> {
  root(): H;
  /** Child `name` of directory `dir`, or undefined when there is none (or it is whited out). */
  lookup(dir: H, name: string): H | undefined;
  attr(h: H): NodeAttr;
  readlink(h: H): string;
  /** Stored bytes; callers must not mutate them. */
  read(h: H): Uint8Array;
  /** Names in a directory, any order. */
  list(dir: H): string[];
  sameInode(a: H, b: H): boolean;
  /** st_nlink of a directory (attr() leaves it at 2: counting subdirs is O(entries)). */
  dirLinks(dir: H): number;
  /** Bytes that may still be written (tmpfs size=); Infinity when unlimited. */
  freeSpace(): number;
  /** False when rename(2) of `h` must fail with EXDEV (overlayfs: lower/merged dirs). */
  canRename(h: H): boolean;

  create(dir: H, name: string, entry: NewEntry): void;
  setData(h: H, data: Uint8Array, mtime: number): void;
  setMeta(h: H, patch: MetaPatch): void;
  link(dir: H, name: string, target: H): void;
  /** Removes `name` (a file, symlink or empty directory) from `dir`. */
  remove(dir: H, name: string, victim: H): void;
  /** Moves `src` to `newDir/newName`, replacing `dst` if present. */
  rename(oldDir: H, oldName: string, src: H, newDir: H, newName: string, dst: H | undefined): void;
}

/**
 * lib/fs — layers, the union filesystem (Linux overlayfs semantics) and plain in-memory
 * filesystems behind one POSIX-like interface.
 *
 * Invariants:
 * - Lower layers never change: a Layer used as a LowerDir is frozen, and every change made
 *   through a UnionFs lands in its UpperDir after copyUp (whole file, parents first).
 * - A whiteout hides every lower entry at its path and is never visible in the merged view;
 *   an opaque dir hides the whole lower dir of the same name.
 * - Lookup costs O(path depth × layer count): layers are trees of directory maps, nothing
 *   ever scans all files. Image layers are shared between mounts, never copied.
 * - /dev and /proc are SpecialFs trees: character devices and generated files over an ordinary
 *   tree; a read of an endless device is one bounded chunk.
 * - User errors are thrown as FsError { code (errno), syscall, path }; text comes from
 *   strerror() in one place. lib/fs never reads the wall clock: time and inode numbers are
 *   injected (clock.ts), so every run is reproducible.
 */
export { FsError, isFsError, strerror, type ErrnoCode, type Syscall } from './errors';
export {
  EPOCH_2024,
  fixedClock,
  inodeCounter,
  logicalClock,
  type Clock,
  type InodeSource,
} from './clock';
export { Layer, type EntryOptions, type LayerOptions } from './layer';
export { MemFs, type MemFsOptions } from './memfs';
export { UnionFs, type UnionFsOptions } from './unionfs';
export { Vfs, type VfsOptions } from './vfs';
export { diffUnion, formatChanges, type FilesystemChange, type ChangeType } from './diff';
export { layerSize } from './size';
export { move, MoveError } from './move';
export { MountedFs, bindMount, type Mount } from './mounted';
export { SpecialFs, DEVICE_READ_BYTES, type Device } from './special';
export { createDevFs, createProcFs } from './devices';
export { NetworkShareFs, isNetworkShare } from './network-share';
export { basename, dirname, joinPath, normalizePath } from './pathname';
export { utf8 } from './node';
export { decodeUtf8, encodeUtf8, isEscapedByte } from './utf8';
export {
  ROOT,
  type Data,
  type EntryKind,
  type FileSystem,
  type Identity,
  type Stat,
} from './types';
export type { DirNode, FileNode, Node, SymlinkNode, WhiteoutNode } from './node';
export { maxInode, TreeReader, TreeWriter, type DirJson, type LayerJson } from './serialize';
export {
  absPath,
  arr,
  bool,
  fail,
  int,
  nullable,
  num,
  obj,
  oneOf,
  optional,
  str,
  strRecord,
  emptyRecord,
  strArr,
  StateError,
  type Fields,
} from './state-read';
export { InodeCounter } from './inode-counter';
export { decodeBase64, encodeBase64 } from './base64';

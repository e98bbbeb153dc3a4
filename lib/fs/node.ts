/**
 * The on-"disk" entries of one layer or plain filesystem. A directory maps names to nodes;
 * hard links are the same `FileNode` object under several names (the node *is* the inode).
 * Whiteouts and opaque directories are first-class so image layers can carry them too.
 */
import { encodeUtf8 } from './utf8';

export const S_IFMT = 0o170000;
export const PERM_MASK = 0o7777;

export interface Meta {
  ino: number;
  /** Permission bits including setuid/setgid/sticky (no file-type bits). */
  mode: number;
  uid: number;
  gid: number;
  /** Modification time in ms since the epoch. */
  mtime: number;
}

export interface FileNode extends Meta {
  readonly kind: 'file';
  nlink: number;
  /** Never mutated in place: writes install a new array, so sharing is safe. */
  data: Uint8Array;
}

export interface DirNode extends Meta {
  readonly kind: 'dir';
  /** overlayfs `trusted.overlay.opaque=y`: lower directories of the same name are ignored. */
  opaque: boolean;
  readonly children: Map<string, Node>;
}

export interface SymlinkNode extends Meta {
  readonly kind: 'symlink';
  /** link(2) without AT_SYMLINK_FOLLOW hard-links the symlink itself. */
  nlink: number;
  readonly target: string;
}

/** overlayfs whiteout (char device 0/0): the name is deleted in this layer. */
export interface WhiteoutNode {
  readonly kind: 'whiteout';
}

export type Node = FileNode | DirNode | SymlinkNode | WhiteoutNode;
export type RealNode = FileNode | DirNode | SymlinkNode;

export const WHITEOUT: WhiteoutNode = Object.freeze({ kind: 'whiteout' as const });

export function makeDir(meta: Meta, opaque = false): DirNode {
  return { kind: 'dir', ...meta, opaque, children: new Map() };
}

export function makeFile(meta: Meta, data: Uint8Array): FileNode {
  return { kind: 'file', ...meta, nlink: 1, data };
}

export function makeSymlink(meta: Meta, target: string): SymlinkNode {
  return { kind: 'symlink', ...meta, mode: 0o777, nlink: 1, target };
}

export function metaOf(n: RealNode): Meta {
  return { ino: n.ino, mode: n.mode, uid: n.uid, gid: n.gid, mtime: n.mtime };
}

/** Byte size as stat(2) reports it: file length, symlink target length, 4096 for dirs. */
export function nodeSize(n: RealNode): number {
  if (n.kind === 'file') return n.data.length;
  if (n.kind === 'symlink') return utf8Length(n.target);
  return 4096;
}

export function utf8(text: string): Uint8Array {
  return encodeUtf8(text);
}

function utf8Length(text: string): number {
  return encodeUtf8(text).length;
}

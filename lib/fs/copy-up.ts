/**
 * copyUp (docs/semantics.md#r8-creating-copies-the-parents-up): before anything in the union
 * changes, the entry and all its parent directories get a copy in the UpperDir. Directories are
 * copied without their children (they keep merging with the lower dirs); files are copied whole,
 * metadata included. Lower nodes are only ever read here, never written.
 */
import { makeDir, makeFile, makeSymlink, metaOf, type DirNode, type RealNode } from './node';
import type { UnionEntry } from './union-entry';

export function copyUp(entry: UnionEntry): RealNode {
  if (entry.upper) return entry.upper;
  const parent = entry.parent;
  if (!parent) throw new Error('union root has no UpperDir');
  const parentDir = copyUpDir(parent);
  // Another handle of this operation may have copied the entry up already.
  const existing = parentDir.children.get(entry.name);
  if (existing && existing.kind !== 'whiteout') return (entry.upper = existing);
  const copy = copyOf(entry.top);
  parentDir.children.set(entry.name, copy);
  entry.upper = copy;
  return copy;
}

export function copyUpDir(entry: UnionEntry): DirNode {
  const node = copyUp(entry);
  if (node.kind !== 'dir') throw new Error(`copy-up of ${entry.name}: not a directory`);
  return node;
}

/**
 * The copy keeps the inode number, mode, owner and mtime. File bytes are immutable and so
 * are shared rather than duplicated; the copy is a new inode (nlink 1), which is how
 * overlayfs with index=off breaks lower hard links on copy-up.
 */
function copyOf(node: RealNode): RealNode {
  const meta = metaOf(node);
  if (node.kind === 'dir') return makeDir(meta);
  if (node.kind === 'file') return makeFile(meta, node.data);
  return makeSymlink(meta, node.target);
}

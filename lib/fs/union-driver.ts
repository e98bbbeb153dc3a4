/**
 * Driver for the union filesystem: N read-only LowerDirs + one writable UpperDir, with
 * the overlayfs rules docs/semantics.md#union-filesystem. Every change goes through copyUp first,
 * so only the UpperDir is ever written.
 */
import type { InodeSource } from './clock';
import { copyUp, copyUpDir } from './copy-up';
import type { Driver, MetaPatch, NewEntry, NodeAttr } from './driver';
import type { Layer } from './layer';
import { WHITEOUT, type RealNode } from './node';
import { applyMeta, attrOf, dirLinkCount, nodeFromEntry } from './node-attr';
import { UnionEntry, listEntry, lookupEntry, lowerPositive } from './union-entry';

export class UnionDriver implements Driver<UnionEntry> {
  private readonly lowerRoots: RealNode[];

  /** `lowerDirs` are ordered top first, like overlayfs' lowerdir= option. */
  constructor(
    readonly lowerDirs: readonly Layer[],
    readonly upperDir: Layer,
    private readonly inodes: InodeSource,
  ) {
    this.lowerRoots = rootStack(lowerDirs);
  }

  root(): UnionEntry {
    const upper = this.upperDir.root;
    return new UnionEntry(null, '', upper, upper.opaque ? [] : this.lowerRoots);
  }

  lookup(dir: UnionEntry, name: string): UnionEntry | undefined {
    return lookupEntry(dir, name);
  }

  attr(h: UnionEntry): NodeAttr {
    return attrOf(h.top);
  }

  readlink(h: UnionEntry): string {
    const top = h.top;
    return top.kind === 'symlink' ? top.target : '';
  }

  read(h: UnionEntry): Uint8Array {
    const top = h.top;
    return top.kind === 'file' ? top.data : new Uint8Array(0);
  }

  list(dir: UnionEntry): string[] {
    return listEntry(dir);
  }

  sameInode(a: UnionEntry, b: UnionEntry): boolean {
    return a.top === b.top;
  }

  /** overlayfs reports 1 for merged dirs (it cannot count cheaply), the real count otherwise. */
  dirLinks(dir: UnionEntry): number {
    const layers = (dir.upper ? 1 : 0) + dir.lowers.length;
    const top = dir.top;
    return layers > 1 || top.kind !== 'dir' ? 1 : dirLinkCount(top);
  }

  freeSpace(): number {
    return Infinity;
  }

  /**
   * docs/semantics.md#r19-renaming-a-lower-directory-fails-with-exdev: without redirect_dir, only
   * directories that exist purely in UpperDir can move.
   */
  canRename(h: UnionEntry): boolean {
    return h.top.kind !== 'dir' || h.lowers.length === 0;
  }

  /**
   * docs/semantics.md#r8-creating-copies-the-parents-up +
   * docs/semantics.md#r17-re-creating-over-a-whiteout: a directory created over a whiteout is
   * opaque.
   */
  create(dir: UnionEntry, name: string, entry: NewEntry): void {
    const parent = copyUpDir(dir);
    const overWhiteout = parent.children.get(name)?.kind === 'whiteout';
    const node = nodeFromEntry(entry, this.inodes);
    if (node.kind === 'dir' && overWhiteout) node.opaque = true;
    parent.children.set(name, node);
    parent.mtime = entry.mtime;
  }

  /**
   * docs/semantics.md#r9-first-write-copies-the-whole-file: first write copies the whole file up,
   * later writes hit the copy.
   */
  setData(h: UnionEntry, data: Uint8Array, mtime: number): void {
    const node = copyUp(h);
    if (node.kind !== 'file') return;
    node.data = data;
    node.mtime = mtime;
  }

  /** docs/semantics.md#r10-metadata-changes-copy-up-too: chmod/chown/touch copy up too. */
  setMeta(h: UnionEntry, patch: MetaPatch): void {
    applyMeta(copyUp(h), patch);
  }

  /**
   * docs/semantics.md#r11-hard-links-copy-the-target-up: the link target is copied up, then linked
   * inside UpperDir.
   */
  link(dir: UnionEntry, name: string, target: UnionEntry): void {
    const node = copyUp(target);
    const parent = copyUpDir(dir);
    parent.children.set(name, node);
    if (node.kind !== 'dir') node.nlink++;
  }

  /**
   * docs/semantics.md#r14-deleting-an-upper-only-file-leaves-no-trace: upper copies go; a whiteout
   * stays where a lower entry would show through.
   */
  remove(dir: UnionEntry, name: string, victim: UnionEntry): void {
    const needsWhiteout = lowerPositive(dir, name);
    const parent = copyUpDir(dir);
    if (victim.upper && victim.upper.kind !== 'dir') victim.upper.nlink--;
    if (needsWhiteout) parent.children.set(name, WHITEOUT);
    else parent.children.delete(name);
  }

  /**
   * docs/semantics.md#r18-renaming-a-lower-file: a lower file is copied up, moved inside UpperDir
   * and its old name whited out. A pure-upper directory moved into a merged directory becomes
   * opaque (kernel behaviour), so whatever the lower layers have at the new name stays hidden.
   */
  rename(
    oldDir: UnionEntry,
    oldName: string,
    src: UnionEntry,
    newDir: UnionEntry,
    newName: string,
    dst: UnionEntry | undefined,
  ): void {
    const needsWhiteout = lowerPositive(oldDir, oldName);
    const oldParent = copyUpDir(oldDir);
    const newParent = copyUpDir(newDir);
    const moved = copyUp(src);
    if (dst?.upper && dst.upper.kind !== 'dir') dst.upper.nlink--;
    if (needsWhiteout) oldParent.children.set(oldName, WHITEOUT);
    else oldParent.children.delete(oldName);
    newParent.children.set(newName, moved);
    if (moved.kind === 'dir' && !moved.opaque && newDir.isMerged) moved.opaque = true;
  }
}

/** The lower roots that merge into "/": all of them, down to the first opaque one. */
function rootStack(lowerDirs: readonly Layer[]): RealNode[] {
  const stack: RealNode[] = [];
  for (const layer of lowerDirs) {
    stack.push(layer.root);
    if (layer.root.opaque) break;
  }
  return stack;
}

/** Driver for a plain in-memory tree: host filesystem, volume contents, tmpfs. */
import type { InodeSource } from './clock';
import type { Driver, MetaPatch, NewEntry, NodeAttr } from './driver';
import type { DirNode, RealNode } from './node';
import { applyMeta, attrOf, dirLinkCount, nodeFromEntry } from './node-attr';

/** Bytes in use against a size limit (tmpfs size=), shared by every view of one fs. */
export interface SpaceQuota {
  capacity: number;
  used: number;
}

export class MemDriver implements Driver<RealNode> {
  constructor(
    private readonly rootDir: DirNode,
    private readonly inodes: InodeSource,
    private readonly quota?: SpaceQuota,
  ) {}

  dirLinks(dir: RealNode): number {
    return dir.kind === 'dir' ? dirLinkCount(dir) : 1;
  }

  freeSpace(): number {
    return this.quota ? this.quota.capacity - this.quota.used : Infinity;
  }

  private account(delta: number): void {
    if (this.quota) this.quota.used += delta;
  }

  /** A file's bytes are freed when its last name goes. */
  private dropLink(node: RealNode): void {
    if (node.kind === 'dir') return;
    node.nlink--;
    if (node.kind === 'file' && node.nlink === 0) this.account(-node.data.length);
  }

  root(): RealNode {
    return this.rootDir;
  }

  lookup(dir: RealNode, name: string): RealNode | undefined {
    if (dir.kind !== 'dir') return undefined;
    const child = dir.children.get(name);
    return child?.kind === 'whiteout' ? undefined : child;
  }

  attr(h: RealNode): NodeAttr {
    return attrOf(h);
  }

  readlink(h: RealNode): string {
    return h.kind === 'symlink' ? h.target : '';
  }

  read(h: RealNode): Uint8Array {
    return h.kind === 'file' ? h.data : new Uint8Array(0);
  }

  list(dir: RealNode): string[] {
    if (dir.kind !== 'dir') return [];
    const out: string[] = [];
    for (const [name, child] of dir.children) if (child.kind !== 'whiteout') out.push(name);
    return out;
  }

  sameInode(a: RealNode, b: RealNode): boolean {
    return a === b;
  }

  canRename(): boolean {
    return true;
  }

  create(dir: RealNode, name: string, entry: NewEntry): void {
    const parent = dir as DirNode;
    parent.children.set(name, nodeFromEntry(entry, this.inodes));
    if (entry.kind === 'file') this.account(entry.data.length);
    parent.mtime = entry.mtime;
  }

  setData(h: RealNode, data: Uint8Array, mtime: number): void {
    if (h.kind !== 'file') return;
    this.account(data.length - h.data.length);
    h.data = data;
    h.mtime = mtime;
  }

  setMeta(h: RealNode, patch: MetaPatch): void {
    applyMeta(h, patch);
  }

  link(dir: RealNode, name: string, target: RealNode): void {
    (dir as DirNode).children.set(name, target);
    if (target.kind !== 'dir') target.nlink++;
  }

  remove(dir: RealNode, name: string, victim: RealNode): void {
    (dir as DirNode).children.delete(name);
    this.dropLink(victim);
  }

  rename(
    oldDir: RealNode,
    oldName: string,
    src: RealNode,
    newDir: RealNode,
    newName: string,
    dst: RealNode | undefined,
  ): void {
    if (dst) this.dropLink(dst);
    (oldDir as DirNode).children.delete(oldName);
    (newDir as DirNode).children.set(newName, src);
  }
}

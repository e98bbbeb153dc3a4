/** Stat-like attributes of a stored node, shared by every driver. */
import type { MetaPatch, NewEntry, NodeAttr } from './driver';
import type { InodeSource } from './clock';
import { makeDir, makeFile, makeSymlink, nodeSize, type DirNode, type RealNode } from './node';

export function attrOf(n: RealNode): NodeAttr {
  return {
    kind: n.kind,
    ino: n.ino,
    mode: n.mode,
    uid: n.uid,
    gid: n.gid,
    mtime: n.mtime,
    nlink: n.kind === 'dir' ? 2 : n.nlink,
    size: nodeSize(n),
  };
}

export function nodeFromEntry(e: NewEntry, inodes: InodeSource): RealNode {
  const meta = { ino: inodes.next(), uid: e.uid, gid: e.gid, mtime: e.mtime };
  if (e.kind === 'file') return makeFile({ ...meta, mode: e.mode }, e.data);
  if (e.kind === 'dir') return makeDir({ ...meta, mode: e.mode });
  return makeSymlink({ ...meta, mode: 0o777 }, e.target);
}

/** st_nlink of a real directory: itself, its "." and one ".." per subdirectory. */
export function dirLinkCount(dir: DirNode): number {
  let n = 2;
  for (const child of dir.children.values()) if (child.kind === 'dir') n++;
  return n;
}

export function applyMeta(n: RealNode, patch: MetaPatch): void {
  if (patch.mode !== undefined && n.kind !== 'symlink') n.mode = patch.mode;
  if (patch.uid !== undefined) n.uid = patch.uid;
  if (patch.gid !== undefined) n.gid = patch.gid;
  if (patch.mtime !== undefined) n.mtime = patch.mtime;
}

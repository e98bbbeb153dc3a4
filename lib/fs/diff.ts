/**
 * `docker container diff` (docs/semantics.md#what-docker-diff-reports), computed like Docker's
 * naive diff: the merged tree is compared with the image tree. Only entries present in the UpperDir
 * can differ, so the walk follows the UpperDir and costs O(changed entries), never O(image files).
 *
 * Order (docs/semantics.md#r24-order, deterministic): depth-first; in each directory the surviving
 * entries sorted by name (each followed by its subtree), then the deleted ones sorted; a directory
 * listed as C only because of its children comes right before them. This is the order Docker 20.10
 * prints for an opaque re-created dir: `C /dir`, its `A` entries, then `D` for each hidden old
 * entry.
 */
import type { NodeAttr } from './driver';
import type { Layer } from './layer';
import { attrOf } from './node-attr';
import { compareNames } from './ops-read';
import { joinPath } from './pathname';
import { UnionEntry, listEntry, lookupEntry } from './union-entry';

export type ChangeType = 'A' | 'C' | 'D';

export interface FilesystemChange {
  kind: ChangeType;
  path: string;
}

/** `lowerDirs` top first. */
export function diffUnion(lowerDirs: readonly Layer[], upperDir: Layer): FilesystemChange[] {
  const lowerRoots = lowerDirs.map((l) => l.root);
  const image = new UnionEntry(null, '', undefined, lowerRoots);
  const merged = new UnionEntry(null, '', upperDir.root, upperDir.root.opaque ? [] : lowerRoots);
  const out: FilesystemChange[] = [];
  walkDir(merged, image, '/', out);
  return out;
}

export function formatChanges(changes: readonly FilesystemChange[]): string {
  return changes.map((c) => `${c.kind} ${c.path}\n`).join('');
}

/**
 * docs/semantics.md#r20-a-c-and-d: directories differ only by mode/owner; other entries also by
 * mtime and size.
 */
function statDifferent(a: NodeAttr, b: NodeAttr): boolean {
  if (a.kind !== b.kind || a.mode !== b.mode || a.uid !== b.uid || a.gid !== b.gid) return true;
  return a.kind !== 'dir' && (a.mtime !== b.mtime || a.size !== b.size);
}

/** Changes inside `dir` (merged) against `old` (image; undefined or a non-dir when added). */
function walkDir(
  dir: UnionEntry,
  old: UnionEntry | undefined,
  path: string,
  out: FilesystemChange[],
): void {
  const oldIsDir = old !== undefined && old.top.kind === 'dir';
  const oldNames = new Set(oldIsDir ? listEntry(old) : []);
  for (const name of listEntry(dir).sort(compareNames)) {
    const child = lookupEntry(dir, name) as UnionEntry;
    const inOld = oldNames.delete(name);
    if (!child.upper) continue; // served by the image itself: unchanged
    const oldChild = inOld ? lookupEntry(old as UnionEntry, name) : undefined;
    walkEntry(child, oldChild, joinPath(path, name), out);
  }
  for (const name of [...oldNames].sort(compareNames))
    out.push({ kind: 'D', path: joinPath(path, name) });
}

/**
 * Docker's addChanges: A or C for the entry, its subtree, then the parent rule
 * (docs/semantics.md#r21-parents-of-a-change-are-changed,
 * docs/semantics.md#r22-added-trees-list-everything-deleted-trees-only-their-top).
 */
function walkEntry(
  entry: UnionEntry,
  old: UnionEntry | undefined,
  path: string,
  out: FilesystemChange[],
): void {
  const start = out.length;
  let listed = false;
  if (!old) {
    out.push({ kind: 'A', path });
    listed = true;
  } else if (statDifferent(attrOf(old.top), attrOf(entry.top))) {
    out.push({ kind: 'C', path });
    listed = true;
  }
  if (entry.top.kind !== 'dir') return;
  walkDir(entry, old, path, out);
  if (!listed && out.length > start) out.splice(start, 0, { kind: 'C', path });
}

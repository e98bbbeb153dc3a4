/**
 * A looked-up name in the union (overlayfs "dentry"): its UpperDir node, if any, and the
 * lower nodes that show through. For a directory `lowers` is the stack of lower dirs that
 * merge into it (top first, cut at a whiteout, a non-directory or an opaque dir); for a
 * non-directory it is the single lower node that is visible, or empty when upper wins.
 */
import type { DirNode, Node, RealNode } from './node';

export class UnionEntry {
  constructor(
    readonly parent: UnionEntry | null,
    readonly name: string,
    public upper: RealNode | undefined,
    readonly lowers: readonly RealNode[],
  ) {}

  /**
   * The node whose content and metadata the container sees (docs/semantics.md#r1-top-wins: top
   * wins).
   */
  get top(): RealNode {
    return (this.upper ?? this.lowers[0]) as RealNode;
  }

  /** overlayfs "merge" dir: has lower directories below it. */
  get isMerged(): boolean {
    return this.top.kind === 'dir' && this.lowers.length > 0;
  }
}

/**
 * Lower dirs merging under `name` inside `parents` (docs/semantics.md#r3-directories-merge,
 * docs/semantics.md#r4-a-whiteout-hides/docs/semantics.md#r5-an-opaque-directory-stops-the-merge),
 * or the visible lower non-dir.
 */
export function lowerStack(
  parents: readonly RealNode[],
  name: string,
  upper: RealNode | undefined,
): RealNode[] {
  const stack: RealNode[] = [];
  for (const parent of parents) {
    const child: Node | undefined = (parent as DirNode).children.get(name);
    if (!child) continue;
    if (child.kind === 'whiteout') break;
    if (child.kind !== 'dir') {
      if (!upper && stack.length === 0) stack.push(child);
      break;
    }
    stack.push(child);
    if (child.opaque) break;
  }
  return stack;
}

/** Resolves `name` inside the merged directory `dir` (docs/semantics.md#r1-top-wins). */
export function lookupEntry(dir: UnionEntry, name: string): UnionEntry | undefined {
  if (dir.top.kind !== 'dir') return undefined;
  const up = dir.upper?.kind === 'dir' ? dir.upper.children.get(name) : undefined;
  if (up?.kind === 'whiteout') return undefined;
  if (up && up.kind !== 'dir') return new UnionEntry(dir, name, up, []);
  const lowers = up?.opaque ? [] : lowerStack(dir.lowers, name, up);
  if (!up && lowers.length === 0) return undefined;
  return new UnionEntry(dir, name, up, lowers);
}

/** Whether some lower layer still has `name` under `dir`: deleting it needs a whiteout. */
export function lowerPositive(dir: UnionEntry, name: string): boolean {
  for (const parent of dir.lowers) {
    const child = (parent as DirNode).children.get(name);
    if (child) return child.kind !== 'whiteout';
  }
  return false;
}

/**
 * docs/semantics.md#r6-listing-a-merged-directory: names of a merged directory: upper first, then
 * lower names not seen, minus whiteouts.
 */
export function listEntry(dir: UnionEntry): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const sources = dir.upper ? [dir.upper, ...dir.lowers] : dir.lowers;
  for (const source of sources) {
    if (source.kind !== 'dir') continue;
    for (const [name, child] of source.children) {
      if (seen.has(name)) continue;
      seen.add(name);
      if (child.kind !== 'whiteout') out.push(name);
    }
  }
  return out;
}

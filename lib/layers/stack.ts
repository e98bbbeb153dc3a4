/**
 * overlayfs lookup over an explicit stack of layers (writable on top, image layers below),
 * keeping track of which layer each hit comes from. Same rules as lib/fs's union lookup
 * (docs/semantics.md#r1-top-wins): the top entry wins, a whiteout or a non-directory ends the
 * stack, an opaque dir merges nothing below it. Costs O(path depth × layers), never a scan of a
 * layer.
 */
import type { DirNode, Layer, Node } from '../fs';
import type { Source } from './types';

type RealNode = Exclude<Node, { kind: 'whiteout' }>;

export interface StackLayer {
  source: Source;
  layer: Layer;
}

export interface Hit {
  source: Source;
  node: RealNode;
}

/** The hits at `path`, top first: merging dirs, or one non-directory. Empty when absent. */
export function stackAt(stack: readonly StackLayer[], path: string): Hit[] {
  let hits: { source: Source; node: Node }[] = stack.map((s) => ({
    source: s.source,
    node: s.layer.root,
  }));
  for (const name of path.split('/').filter(Boolean)) {
    const next: Hit[] = [];
    for (const hit of hits) {
      if (hit.node.kind !== 'dir') break;
      const child = hit.node.children.get(name);
      if (!child) continue;
      if (child.kind === 'whiteout') break;
      if (child.kind !== 'dir') {
        if (next.length === 0) next.push({ source: hit.source, node: child });
        break;
      }
      next.push({ source: hit.source, node: child });
      if (child.opaque) break;
    }
    if (next.length === 0) return [];
    hits = next;
  }
  return hits as Hit[];
}

/**
 * Names of a merged directory (docs/semantics.md#r6-listing-a-merged-directory): upper first,
 * whiteouts drop the lower names.
 */
export function namesAt(hits: readonly Hit[]): {
  names: string[];
  deleted: { name: string; source: Source }[];
} {
  const seen = new Set<string>();
  const names: string[] = [];
  const deleted: { name: string; source: Source }[] = [];
  for (const hit of hits) {
    if (hit.node.kind !== 'dir') continue;
    for (const [name, child] of (hit.node as DirNode).children) {
      if (seen.has(name)) continue;
      seen.add(name);
      if (child.kind === 'whiteout') deleted.push({ name, source: hit.source });
      else names.push(name);
    }
  }
  return { names, deleted };
}

/** The layers of `stack` strictly below `source`. */
export function below(stack: readonly StackLayer[], source: Source): StackLayer[] {
  const i = stack.findIndex((s) => sameSource(s.source, source));
  return i < 0 ? [] : stack.slice(i + 1);
}

/** What would show at `path` if the entry of `source` were not there. */
export function hiddenBy(
  stack: readonly StackLayer[],
  source: Source,
  path: string,
): Source | undefined {
  return stackAt(below(stack, source), path)[0]?.source;
}

export function sameSource(a: Source, b: Source): boolean {
  if (a.kind === 'image' && b.kind === 'image') return a.index === b.index;
  if (a.kind === 'mount' && b.kind === 'mount') return a.target === b.target;
  return a.kind === b.kind;
}

export function childPath(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

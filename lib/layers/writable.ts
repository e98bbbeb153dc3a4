/**
 * The writable layer (UpperDir) classified entry by entry. Only the UpperDir is walked: it holds
 * what the container changed, so the cost follows the changes, never the image's files.
 */
import type { DirNode, Layer } from '../fs';
import { childPath, hiddenBy, stackAt, type StackLayer } from './stack';
import type { WritableEntry } from './types';

/** Enough for a reader; the rest is counted, not listed. */
export const MAX_WRITABLE_ENTRIES = 60;

/**
 * `stack` is the whole union, writable first. `mountTargets` mark entries the daemon made as
 * mount points. A dir that also exists below is only a copied-up parent: its changes are
 * listed, not the dir itself.
 */
export function writableEntries(
  upper: Layer,
  stack: readonly StackLayer[],
  mountTargets: ReadonlySet<string>,
): { entries: WritableEntry[]; more: number } {
  const entries: WritableEntry[] = [];
  let more = 0;
  const add = (entry: WritableEntry) => {
    if (mountTargets.has(entry.path)) entry.mountPoint = true;
    if (entries.length < MAX_WRITABLE_ENTRIES) entries.push(entry);
    else more++;
  };
  const writable = stack[0]!.source;
  const lowerAt = (path: string) => stackAt(stack.slice(1), path)[0];

  const walk = (dir: DirNode, path: string, lowerCut: boolean) => {
    for (const [name, node] of [...dir.children].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const p = childPath(path, name);
      const lower = lowerCut ? undefined : lowerAt(p);
      if (node.kind === 'whiteout') {
        if (lower) add({ path: p, kind: 'whiteout', hides: lower.source });
        continue;
      }
      if (node.kind !== 'dir') {
        add(
          lower
            ? { path: p, kind: 'changed', hides: hiddenBy(stack, writable, p) }
            : { path: p, kind: 'added' },
        );
        continue;
      }
      if (node.opaque && lower) add({ path: p, kind: 'opaque', hides: lower.source });
      else if (!lower) add({ path: p, kind: 'added' });
      walk(node, p, lowerCut || node.opaque || !lower || lower.node.kind !== 'dir');
    }
  };
  walk(upper.root, '/', false);
  return { entries, more };
}

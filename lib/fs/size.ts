/**
 * Layer byte size as Docker computes it (moby pkg/directory.Size): the lstat size of every
 * non-directory entry, each inode counted once (hard links), directories and whiteouts 0, plus
 * the bytes a layer declares for files the simulation does not hold (Layer.unmodelledBytes).
 */
import type { Layer } from './layer';
import { nodeSize, type DirNode, type Node } from './node';

export function layerSize(layer: Layer): number {
  const seen = new Set<Node>();
  let total = layer.unmodelledBytes;
  const visit = (dir: DirNode): void => {
    for (const child of dir.children.values()) {
      if (child.kind === 'dir') visit(child);
      else if (child.kind !== 'whiteout' && !seen.has(child)) {
        seen.add(child);
        total += nodeSize(child);
      }
    }
  };
  visit(layer.root);
  return total;
}

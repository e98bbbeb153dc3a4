/**
 * Wasted space: bytes an image stores that no container can see, because a later layer deleted
 * (whiteout), replaced (a new file at the path) or emptied (an opaque dir) them. They still count
 * in the image's size: "deleting in a later RUN does not shrink the image". Each image layer's
 * files are looked up once in the whole stack, so the cost is O(files × depth × layers), paid once
 * per image (layers are frozen).
 */
import type { Image } from '../engine';
import type { DirNode, Layer, Node } from '../fs';
import { nodeBytes } from './changes';
import { layerBytes } from './sizes';
import { childPath, stackAt, type StackLayer } from './stack';

export type WasteHow = 'deleted' | 'replaced' | 'emptied';

export interface WastedPath {
  path: string;
  bytes: number;
  /** The image layer that stores the bytes (1 = bottom). */
  layer: number;
  /** The later layer that hides them. */
  by: number;
  how: WasteHow;
}

export interface ImageWaste {
  /** The image's size (docker image inspect .Size): every layer's bytes. */
  size: number;
  /** Bytes stored in layers but hidden by a later layer. */
  wasted: number;
  /** Largest first. */
  paths: WastedPath[];
}

const cache = new WeakMap<Image, ImageWaste>();

export function imageWaste(image: Image): ImageWaste {
  let waste = cache.get(image);
  if (waste) return waste;
  const stack: StackLayer[] = image.layers
    .map((layer, i) => ({ source: { kind: 'image' as const, index: i + 1 }, layer }))
    .reverse();
  const paths: WastedPath[] = [];
  const seen = new Set<Node>();
  image.layers.forEach((layer, i) => {
    if (i === image.layers.length - 1) return;
    eachFile(layer.root, '/', (path, node) => {
      if (seen.has(node)) return;
      seen.add(node);
      const top = stackAt(stack, path)[0];
      if (top?.node === node) return;
      const hider = hiddenBy(stack, i + 1, path, node);
      paths.push({ path, bytes: nodeBytes(node), layer: i + 1, ...hider });
    });
  });
  paths.sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1));
  const size = image.layers.reduce((sum, l) => sum + layerBytes(l), 0);
  waste = { size, wasted: paths.reduce((s, p) => s + p.bytes, 0), paths };
  cache.set(image, waste);
  return waste;
}

function eachFile(dir: DirNode, path: string, visit: (path: string, node: Node) => void): void {
  for (const [name, child] of dir.children) {
    const p = childPath(path, name);
    if (child.kind === 'dir') eachFile(child, p, visit);
    else if (child.kind !== 'whiteout') visit(p, child);
  }
}

/** The lowest layer above `index` after which `node` no longer shows at `path`, and how. */
function hiddenBy(
  stack: readonly StackLayer[],
  index: number,
  path: string,
  node: Node,
): { by: number; how: WasteHow } {
  const count = stack.length;
  for (let by = index + 1; by <= count; by++) {
    const upTo = stack.slice(count - by);
    if (stackAt(upTo, path)[0]?.node === node) continue;
    return { by, how: howHidden(stack[count - by]!.layer, path) };
  }
  return { by: count, how: 'deleted' };
}

function howHidden(layer: Layer, path: string): WasteHow {
  const own = layer.get(path);
  if (own && own.kind !== 'whiteout') return 'replaced';
  let node: Node = layer.root;
  for (const name of path.split('/').filter(Boolean)) {
    if (node.kind !== 'dir') return 'replaced';
    const child = node.children.get(name);
    if (!child || child.kind === 'whiteout') return 'deleted';
    if (child.kind === 'dir' && child.opaque) return 'emptied';
    node = child;
  }
  return 'deleted';
}

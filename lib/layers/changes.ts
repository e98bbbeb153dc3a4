/**
 * One layer's own changes, as `docker diff` prints them for a container's writable layer (A, C,
 * D; computed by lib/fs's diffUnion against the layers below), each marked with what the layer
 * holds for it: a whiteout (the deletion is a 0-byte entry), an opaque dir (the layer hides the
 * whole lower dir), and the bytes the entry adds and hides. The same function serves an image
 * layer (against the image layers below it) and the writable layer (against the whole image).
 */
import { diffUnion, encodeUtf8, Layer, type Node } from '../fs';
import { childPath, namesAt, stackAt, type StackLayer } from './stack';

/** Entries listed per layer; the rest are counted (the base image has hundreds). */
export const MAX_LAYER_CHANGES = 80;

export type DiffKind = 'A' | 'C' | 'D';

export interface LayerChangeEntry {
  kind: DiffKind;
  path: string;
  /** 0 for top-level entries. */
  depth: number;
  entry: 'file' | 'dir' | 'symlink';
  /** D: the layer holds a whiteout at the path (else the name went with an opaque parent). */
  whiteout?: true;
  /** C/A dir: the layer's dir is opaque (nothing of the lower dir shows through). */
  opaque?: true;
  /** Bytes the layer itself stores for the entry (files and symlinks; 0 for dirs, whiteouts). */
  bytes: number;
  /** Bytes of the lower layers this entry hides: a replaced file, a deleted file or dir. */
  hidden: number;
}

export interface LayerChanges {
  entries: LayerChangeEntry[];
  /** Changes left out past MAX_LAYER_CHANGES. */
  more: number;
  /** All changes, listed or not. */
  total: { A: number; C: number; D: number };
  /** Bytes of the lower layers hidden by all the changes, listed or not. */
  hidden: number;
}

const EMPTY = new Layer({ id: 'empty' }).freeze();

/** `below`: the layers under `layer`, top first. */
export function layerChanges(layer: Layer, below: readonly Layer[]): LayerChanges {
  // The bottom layer is compared with an empty one: everything in it is added.
  const changes = diffUnion(below.length > 0 ? below : [EMPTY], layer);
  const total = { A: 0, C: 0, D: 0 };
  const entries: LayerChangeEntry[] = [];
  let hidden = 0;
  for (const change of changes) {
    total[change.kind]++;
    const entry = describeChange(change.kind, change.path, layer, below);
    hidden += entry.hidden;
    if (entries.length < MAX_LAYER_CHANGES) entries.push(entry);
  }
  return { entries, more: changes.length - entries.length, total, hidden };
}

function describeChange(
  kind: DiffKind,
  path: string,
  layer: Layer,
  below: readonly Layer[],
): LayerChangeEntry {
  const own = layer.get(path);
  const lower = lowerNode(below, path);
  const shown = kind === 'D' ? lower : own;
  const entry: LayerChangeEntry = {
    kind,
    path,
    depth: path.split('/').length - 2,
    entry: shown && shown.kind !== 'whiteout' ? shown.kind : 'file',
    bytes: own && own.kind !== 'dir' ? nodeBytes(own) : 0,
    hidden: 0,
  };
  if (kind === 'D' && own?.kind === 'whiteout') entry.whiteout = true;
  if (own?.kind === 'dir' && own.opaque) entry.opaque = true;
  if (kind === 'D' || (kind === 'C' && own?.kind !== 'dir')) entry.hidden = treeBytes(below, path);
  return entry;
}

/** The entry the merged `layers` (top first) show at `path` (overlayfs lookup), or undefined. */
export function lowerNode(layers: readonly Layer[], path: string): Node | undefined {
  return stackAt(asStack(layers), path)[0]?.node;
}

function asStack(layers: readonly Layer[]): StackLayer[] {
  return layers.map((layer, i) => ({ source: { kind: 'image', index: i }, layer }));
}

export function nodeBytes(node: Node): number {
  if (node.kind === 'file') return node.data.length;
  if (node.kind === 'symlink') return encodeUtf8(node.target).length;
  return 0;
}

/** Bytes the merged `layers` (top first) show at and under `path`, each inode once. */
export function treeBytes(layers: readonly Layer[], path: string): number {
  const stack = asStack(layers);
  const seen = new Set<Node>();
  const visit = (p: string): number => {
    const hits = stackAt(stack, p);
    const node = hits[0]?.node;
    if (!node) return 0;
    if (node.kind !== 'dir') {
      if (seen.has(node)) return 0;
      seen.add(node);
      return nodeBytes(node);
    }
    let sum = 0;
    for (const name of namesAt(hits).names) sum += visit(childPath(p, name));
    return sum;
  };
  return visit(path);
}

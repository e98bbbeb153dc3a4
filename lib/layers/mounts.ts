/**
 * A container's mounts as the layer view shows them: what each is, and what it shadows
 * (docs/semantics.md#m2-a-mounted-directory-shadows-the-images).
 */
import { isNetworkShare, type FileSystem } from '../fs';
import type { MountPoint } from '../engine';
import { namesAt, stackAt, type StackLayer } from './stack';
import type { MountInfo, Source } from './types';

/** `stack` is the union, writable first; `host` the host as the daemon sees it. */
export function mountInfos(
  mounts: readonly MountPoint[],
  stack: readonly StackLayer[],
  host: FileSystem,
): MountInfo[] {
  return mounts.map((m) => {
    const info: MountInfo = { kind: kindOf(m, host), target: m.destination, rw: m.rw };
    if (m.type === 'volume') {
      info.name = m.name;
      info.anonymous = m.volume?.anonymous ?? false;
      info.filledFromImage = filledFromImage(m, stack.slice(1));
    } else if (m.type === 'bind') {
      info.source = m.source;
      info.file = isFile(host, m.source);
    }
    const shadows = shadowed(stack, m.destination);
    if (shadows) info.shadows = shadows;
    return info;
  });
}

function kindOf(m: MountPoint, host: FileSystem): MountInfo['kind'] {
  if (m.type !== 'bind') return m.type;
  return isNetworkShare(host, m.source) ? 'share' : 'bind';
}

function isFile(host: FileSystem, path: string): boolean {
  try {
    return host.stat(path).kind !== 'dir';
  } catch {
    return false;
  }
}

/** The layer whose content at `target` the mount hides; none for an empty mount point. */
export function shadowed(stack: readonly StackLayer[], target: string): Source | undefined {
  const hits = stackAt(stack, target);
  const top = hits[0];
  if (!top) return undefined;
  if (top.node.kind === 'dir') {
    for (const hit of hits) if (namesAt([hit]).names.length > 0) return hit.source;
    return undefined;
  }
  if (top.node.kind === 'file' && top.node.data.length === 0) return undefined;
  return top.source;
}

/**
 * docs/semantics.md#m21-an-empty-volume-receives-the-images-files: the volume holds every name the
 * image has at the target.
 */
function filledFromImage(m: MountPoint, image: readonly StackLayer[]): boolean {
  if (!m.volume) return false;
  const hits = stackAt(image, m.destination);
  if (hits[0]?.node.kind !== 'dir') return false;
  const names = namesAt(hits).names;
  if (names.length === 0) return false;
  let inVolume: Set<string>;
  try {
    inVolume = new Set(m.volume.data.readdir('/'));
  } catch {
    return false;
  }
  return names.every((n) => inVolume.has(n));
}

/** Small helpers for tests and tools that build images and inspect errors. */
import { fixedClock, inodeCounter, type Clock, type InodeSource } from './clock';
import { FsError, type ErrnoCode } from './errors';
import { Layer } from './layer';
import { utf8 } from './node';

/** The errno an operation fails with, or undefined when it succeeds. */
export function errnoOf(fn: () => unknown): ErrnoCode | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof FsError) return e.code;
    throw e;
  }
  return undefined;
}

export type LayerSpec = Record<
  string,
  string | { dir: true } | { link: string } | 'whiteout' | 'opaque'
>;

/** Builds a layer from `{ '/path': 'content' | {dir:true} | {link} | 'whiteout' | 'opaque' }`. */
export function layerFrom(
  spec: LayerSpec,
  id?: string,
  clock: Clock = fixedClock(),
  inodes: InodeSource = inodeCounter(),
): Layer {
  const layer = new Layer({ id, clock, inodes });
  for (const [path, entry] of Object.entries(spec)) {
    if (entry === 'whiteout') layer.putWhiteout(path);
    else if (entry === 'opaque') layer.putOpaqueDir(path);
    else if (typeof entry === 'string') layer.putFile(path, utf8(entry));
    else if ('dir' in entry) layer.putDir(path);
    else layer.putSymlink(path, entry.link);
  }
  return layer;
}

/** A plain in-memory filesystem (host fs, volume contents, tmpfs) over one Layer tree. */
import { inodeCounter, logicalClock, type Clock, type InodeSource } from './clock';
import { Layer } from './layer';
import { MemDriver, type SpaceQuota } from './mem-driver';
import { layerSize } from './size';
import type { RealNode } from './node';
import type { Identity } from './types';
import { Vfs } from './vfs';

export interface MemFsOptions {
  /** Existing tree to serve (e.g. a volume's content); a new empty one otherwise. */
  layer?: Layer;
  clock?: Clock;
  inodes?: InodeSource;
  readOnly?: boolean;
  identity?: Identity;
  /** Mode of the root directory of a new tree (tmpfs uses 01777). */
  rootMode?: number;
  /** Size limit in bytes of file content (tmpfs size=); writes beyond it fail with ENOSPC. */
  capacity?: number;
  /** Shared usage counter; created from `capacity` (internal, for views made by `as`). */
  quota?: SpaceQuota;
  /** Serve only the subtree at this path (a bind mount's source; see Vfs.beneath). */
  base?: string;
}

export class MemFs extends Vfs<RealNode> {
  readonly layer: Layer;
  protected readonly options: MemFsOptions;

  constructor(options: MemFsOptions = {}) {
    const clock = options.clock ?? logicalClock();
    const inodes = options.inodes ?? inodeCounter();
    const layer = options.layer ?? new Layer({ clock, inodes });
    if (options.rootMode !== undefined) layer.root.mode = options.rootMode;
    const quota =
      options.quota ??
      (options.capacity === undefined
        ? undefined
        : { capacity: options.capacity, used: layerSize(layer) });
    super(new MemDriver(layer.root, inodes, quota), {
      clock,
      readOnly: options.readOnly,
      identity: options.identity,
      base: options.base,
    });
    this.layer = layer;
    this.options = { ...options, clock, inodes, layer, quota, rootMode: undefined };
  }

  override as(identity: Identity): MemFs {
    return new MemFs({ ...this.options, identity });
  }

  override beneath(path: string): MemFs {
    return new MemFs({ ...this.options, identity: this.identity, base: this.subtreePath(path) });
  }
}

/**
 * The union filesystem a container sees: image layers (read-only, frozen) + one UpperDir.
 * Behaves like Linux overlayfs with Docker's options (redirect_dir=off, index=off,
 * metacopy=off): see union-driver.ts for the rules.
 */
import { inodeCounter, logicalClock, type Clock, type InodeSource } from './clock';
import { diffUnion, type FilesystemChange } from './diff';
import { Layer } from './layer';
import { layerSize } from './size';
import type { Identity } from './types';
import type { UnionEntry } from './union-entry';
import { UnionDriver } from './union-driver';
import { Vfs } from './vfs';

export interface UnionFsOptions {
  /** Image layers, bottom (FROM) first. They are frozen and shared, never copied. */
  layers: readonly Layer[];
  /** The writable layer; a new empty one by default. */
  upper?: Layer;
  clock?: Clock;
  /** Inode numbers for new upper entries; defaults to a counter far above image inodes. */
  inodes?: InodeSource;
  readOnly?: boolean;
  identity?: Identity;
}

export class UnionFs extends Vfs<UnionEntry> {
  /** Top first, as in overlayfs' lowerdir= option. */
  readonly lowerDirs: readonly Layer[];
  readonly upperDir: Layer;
  private readonly options: UnionFsOptions;

  constructor(options: UnionFsOptions) {
    const clock = options.clock ?? logicalClock();
    const inodes = options.inodes ?? inodeCounter(1 << 30);
    const lowerDirs = [...options.layers].reverse();
    for (const layer of lowerDirs) layer.freeze();
    const upperDir = options.upper ?? new Layer({ clock, inodes });
    super(new UnionDriver(lowerDirs, upperDir, inodes), {
      clock,
      readOnly: options.readOnly,
      identity: options.identity,
    });
    this.lowerDirs = lowerDirs;
    this.upperDir = upperDir;
    this.options = { ...options, clock, inodes, upper: upperDir };
  }

  /** The same container filesystem seen by another user (e.g. after `USER app`). */
  override as(identity: Identity): UnionFs {
    return new UnionFs({ ...this.options, identity });
  }

  /**
   * `docker container diff`: changes of the merged view against the image
   * (docs/semantics.md#what-docker-diff-reports).
   */
  diff(): FilesystemChange[] {
    return diffUnion(this.lowerDirs, this.upperDir);
  }

  /** Bytes in the writable layer (`docker ps -s` SIZE). */
  upperSize(): number {
    return layerSize(this.upperDir);
  }

  /** Bytes of the image layers (the "virtual" part of `docker ps -s`). */
  imageSize(): number {
    return this.lowerDirs.reduce((sum, layer) => sum + layerSize(layer), 0);
  }
}

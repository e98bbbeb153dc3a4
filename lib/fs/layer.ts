/**
 * A Layer is one directory tree of entries: an image layer (read-only once frozen) or a
 * container's writable layer (UpperDir). Its builder API is for image construction and tests;
 * containers change their UpperDir only through the union filesystem.
 */
import { inodeCounter, logicalClock, type Clock, type InodeSource } from './clock';
import {
  makeDir,
  makeFile,
  makeSymlink,
  WHITEOUT,
  type DirNode,
  type Meta,
  type Node,
} from './node';
import { splitPath } from './pathname';

export interface LayerOptions {
  id?: string;
  clock?: Clock;
  inodes?: InodeSource;
  /**
   * Bytes the real layer holds in files the simulation does not model (a pulled image's
   * libraries and binaries): counted by layerSize so sizes match the real image.
   */
  unmodelledBytes?: number;
}

export interface EntryOptions {
  mode?: number;
  uid?: number;
  gid?: number;
  mtime?: number;
}

let anonymousLayers = 0;

export class Layer {
  readonly id: string;
  readonly root: DirNode;
  readonly clock: Clock;
  readonly inodes: InodeSource;
  readonly unmodelledBytes: number;
  private frozen = false;

  constructor(options: LayerOptions = {}) {
    this.id = options.id ?? `layer-${++anonymousLayers}`;
    this.clock = options.clock ?? logicalClock();
    this.inodes = options.inodes ?? inodeCounter();
    this.unmodelledBytes = options.unmodelledBytes ?? 0;
    this.root = makeDir(this.meta({ mode: 0o755 }));
  }

  /** Marks the layer read-only: image layers never change once built. */
  freeze(): this {
    this.frozen = true;
    return this;
  }

  get isFrozen(): boolean {
    return this.frozen;
  }

  /** The entry stored at `path` in this layer alone (whiteouts included), or undefined. */
  get(path: string): Node | undefined {
    let node: Node = this.root;
    for (const name of splitPath(path)) {
      if (node.kind !== 'dir') return undefined;
      const child = node.children.get(name);
      if (!child) return undefined;
      node = child;
    }
    return node;
  }

  putDir(path: string, opts: EntryOptions = {}): DirNode {
    const { parent, name } = this.parentFor(path);
    const existing = parent.children.get(name);
    if (existing?.kind === 'dir') {
      if (opts.mode !== undefined) existing.mode = opts.mode;
      return existing;
    }
    const dir = makeDir(this.meta({ mode: 0o755, ...opts }));
    parent.children.set(name, dir);
    return dir;
  }

  putFile(path: string, data: Uint8Array, opts: EntryOptions = {}): void {
    const { parent, name } = this.parentFor(path);
    parent.children.set(name, makeFile(this.meta({ mode: 0o644, ...opts }), data));
  }

  putSymlink(path: string, target: string, opts: EntryOptions = {}): void {
    const { parent, name } = this.parentFor(path);
    parent.children.set(name, makeSymlink(this.meta(opts), target));
  }

  /** Records "deleted in this layer" for `path` (as after `RUN rm` in a Dockerfile). */
  putWhiteout(path: string): void {
    const { parent, name } = this.parentFor(path);
    parent.children.set(name, WHITEOUT);
  }

  /** A directory that hides same-named directories of the layers below it. */
  putOpaqueDir(path: string, opts: EntryOptions = {}): DirNode {
    const dir = this.putDir(path, opts);
    dir.opaque = true;
    return dir;
  }

  chmod(path: string, mode: number): void {
    this.assertWritable();
    const node = this.get(path);
    if (!node || node.kind === 'whiteout') throw new Error(`no entry at ${path} in ${this.id}`);
    node.mode = mode;
  }

  assertWritable(): void {
    if (this.frozen) throw new Error(`layer ${this.id} is frozen`);
  }

  private parentFor(path: string): { parent: DirNode; name: string } {
    this.assertWritable();
    const parts = splitPath(path);
    const name = parts.pop();
    if (name === undefined) throw new Error('cannot replace the layer root');
    let dir = this.root;
    for (const part of parts) {
      const child = dir.children.get(part);
      if (child?.kind === 'dir') {
        dir = child;
        continue;
      }
      const made = makeDir(this.meta({ mode: 0o755 }));
      dir.children.set(part, made);
      dir = made;
    }
    return { parent: dir, name };
  }

  private meta(opts: EntryOptions): Meta {
    return {
      ino: this.inodes.next(),
      mode: opts.mode ?? 0o644,
      uid: opts.uid ?? 0,
      gid: opts.gid ?? 0,
      mtime: opts.mtime ?? this.clock(),
    };
  }
}

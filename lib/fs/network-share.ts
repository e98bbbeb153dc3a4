/**
 * A network filesystem (NFS, SMB, Azure Files, an
 * docs/semantics.md#s3-the-writable-layer-dies-with-the-container fuse mount) on the host
 * (docs/semantics.md#m17-network-shares-lack-operations): it looks like any directory, but lacks
 * operations local disks have. Here: hard links and file locks; a program that needs them (a
 * database) fails, while reading config from it works.
 */
import { FsError } from './errors';
import { MemFs, type MemFsOptions } from './memfs';
import { normalizePath } from './pathname';
import type { FileSystem, Identity } from './types';

export class NetworkShareFs extends MemFs {
  /** Shown by `df`/`mount`-like tools. */
  readonly server: string;

  constructor(server: string, options: MemFsOptions = {}) {
    super(options);
    this.server = server;
  }

  override as(identity: Identity): NetworkShareFs {
    return new NetworkShareFs(this.server, { ...this.options, identity });
  }

  override beneath(path: string): NetworkShareFs {
    return new NetworkShareFs(this.server, {
      ...this.options,
      identity: this.identity,
      base: this.subtreePath(path),
    });
  }

  override link(existing: string, newPath: string): void {
    throw new FsError('EPERM', 'link', normalizePath(existing), normalizePath(newPath));
  }
}

/** Whether `path` in `fs` lives on a network share (through any mount tables). */
export function isNetworkShare(fs: FileSystem, path: string): boolean {
  const served =
    'fsAt' in fs && typeof fs.fsAt === 'function'
      ? (fs.fsAt as (p: string) => FileSystem)(path)
      : fs;
  return served instanceof NetworkShareFs;
}

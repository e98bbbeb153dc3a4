/**
 * Vfs: the POSIX face of a Driver. Both the plain in-memory fs and the union fs are a Vfs
 * over their own driver, so one behaviour suite covers both. User errors are thrown as
 * FsError (see errors.ts).
 */
import { logicalClock, type Clock } from './clock';
import type { Driver } from './driver';
import {
  link,
  mkdir,
  mkdirRecursive,
  rm,
  rmdir,
  symlink,
  unlink,
  type RmOptions,
} from './ops-namespace';
import { exists, readFile, readdir, readlink, realpath, stat } from './ops-read';
import { rename } from './ops-rename';
import { chmod, chown, truncate, utimes, writeFile } from './ops-write';
import { ROOT, type Data, type FileSystem, type Identity, type Stat } from './types';
import { joinPath, normalizePath } from './pathname';
import { decodeUtf8 } from './utf8';
import type { VfsContext } from './vfs-context';

export interface VfsOptions {
  readOnly?: boolean;
  clock?: Clock;
  identity?: Identity;
  /** Serve the subtree at this path as the whole filesystem (a bind mount's source). */
  base?: string;
}

export class Vfs<H> implements FileSystem {
  protected readonly ctx: VfsContext<H>;

  constructor(driver: Driver<H>, options: VfsOptions = {}) {
    this.ctx = {
      driver,
      who: options.identity ?? ROOT,
      readOnly: options.readOnly ?? false,
      clock: options.clock ?? logicalClock(),
      base: options.base,
    };
  }

  get readOnly(): boolean {
    return this.ctx.readOnly;
  }

  get identity(): Identity {
    return this.ctx.who;
  }

  /** Path of the subtree served as "/" (see `beneath`); undefined for the whole tree. */
  get base(): string | undefined {
    return this.ctx.base;
  }

  as(identity: Identity): Vfs<H> {
    const { driver, readOnly, clock, base } = this.ctx;
    return new Vfs(driver, { readOnly, clock, identity, base });
  }

  /**
   * The subtree at `path` as a filesystem of its own, the way a bind mount serves it: its root
   * is that directory (or file), reached without searching the parents again.
   */
  beneath(path: string): Vfs<H> {
    const { driver, readOnly, clock, who } = this.ctx;
    return new Vfs(driver, { readOnly, clock, identity: who, base: this.subtreePath(path) });
  }

  protected subtreePath(path: string): string {
    return normalizePath(joinPath(this.ctx.base ?? '/', path.replace(/^\/+/, '')));
  }

  stat(path: string): Stat {
    return stat(this.ctx, path, true);
  }
  lstat(path: string): Stat {
    return stat(this.ctx, path, false);
  }
  exists(path: string): boolean {
    return exists(this.ctx, path);
  }
  readdir(path: string): string[] {
    return readdir(this.ctx, path);
  }
  readFile(path: string): Uint8Array {
    return readFile(this.ctx, path);
  }
  readTextFile(path: string): string {
    return decodeUtf8(readFile(this.ctx, path));
  }
  readlink(path: string): string {
    return readlink(this.ctx, path);
  }
  realpath(path: string): string {
    return realpath(this.ctx, path);
  }
  writeFile(path: string, data: Data, options: { mode?: number } = {}): void {
    writeFile(this.ctx, path, data, false, options.mode);
  }
  appendFile(path: string, data: Data, options: { mode?: number } = {}): void {
    writeFile(this.ctx, path, data, true, options.mode);
  }
  truncate(path: string, length = 0): void {
    truncate(this.ctx, path, length);
  }
  mkdir(path: string, options: { recursive?: boolean; mode?: number } = {}): void {
    if (options.recursive) mkdirRecursive(this.ctx, path, options.mode);
    else mkdir(this.ctx, path, options.mode);
  }
  rmdir(path: string): void {
    rmdir(this.ctx, path);
  }
  unlink(path: string): void {
    unlink(this.ctx, path);
  }
  rm(path: string, options: RmOptions = {}): void {
    rm(this.ctx, path, options);
  }
  rename(from: string, to: string): void {
    rename(this.ctx, from, to);
  }
  chmod(path: string, mode: number): void {
    chmod(this.ctx, path, mode);
  }
  chown(path: string, uid: number, gid: number): void {
    chown(this.ctx, path, uid, gid);
  }
  utimes(path: string, mtime?: number): void {
    utimes(this.ctx, path, mtime);
  }
  symlink(target: string, path: string): void {
    symlink(this.ctx, target, path);
  }
  link(existing: string, newPath: string): void {
    link(this.ctx, existing, newPath);
  }
}

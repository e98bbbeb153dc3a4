/** A FileSystem whose backing view is rebuilt on every call (the host: volumes come and go). */
import type { Data, FileSystem, Identity, Stat } from '../fs';

export class LiveFs implements FileSystem {
  constructor(
    private readonly current: () => FileSystem,
    private readonly identity?: Identity,
  ) {}

  private get fs(): FileSystem {
    const fs = this.current();
    return this.identity ? fs.as(this.identity) : fs;
  }

  get readOnly(): boolean {
    return this.fs.readOnly;
  }
  as(identity: Identity): LiveFs {
    return new LiveFs(this.current, identity);
  }
  stat(path: string): Stat {
    return this.fs.stat(path);
  }
  lstat(path: string): Stat {
    return this.fs.lstat(path);
  }
  exists(path: string): boolean {
    return this.fs.exists(path);
  }
  readdir(path: string): string[] {
    return this.fs.readdir(path);
  }
  readFile(path: string): Uint8Array {
    return this.fs.readFile(path);
  }
  readTextFile(path: string): string {
    return this.fs.readTextFile(path);
  }
  readlink(path: string): string {
    return this.fs.readlink(path);
  }
  realpath(path: string): string {
    return this.fs.realpath(path);
  }
  writeFile(path: string, data: Data, options?: { mode?: number }): void {
    this.fs.writeFile(path, data, options);
  }
  appendFile(path: string, data: Data, options?: { mode?: number }): void {
    this.fs.appendFile(path, data, options);
  }
  truncate(path: string, length?: number): void {
    this.fs.truncate(path, length);
  }
  mkdir(path: string, options?: { recursive?: boolean; mode?: number }): void {
    this.fs.mkdir(path, options);
  }
  rmdir(path: string): void {
    this.fs.rmdir(path);
  }
  unlink(path: string): void {
    this.fs.unlink(path);
  }
  rm(path: string, options?: { recursive?: boolean; force?: boolean }): void {
    this.fs.rm(path, options);
  }
  rename(from: string, to: string): void {
    this.fs.rename(from, to);
  }
  chmod(path: string, mode: number): void {
    this.fs.chmod(path, mode);
  }
  chown(path: string, uid: number, gid: number): void {
    this.fs.chown(path, uid, gid);
  }
  utimes(path: string, mtime?: number): void {
    this.fs.utimes(path, mtime);
  }
  symlink(target: string, path: string): void {
    this.fs.symlink(target, path);
  }
  link(existing: string, newPath: string): void {
    this.fs.link(existing, newPath);
  }
}

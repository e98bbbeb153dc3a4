/** The public shape of every filesystem in lib/fs (plain in-memory fs and union fs alike). */

/** 'chardev': a character device (/dev/null, /dev/zero...); only a DevFs has them. */
export type EntryKind = 'file' | 'dir' | 'symlink' | 'chardev';

export interface Stat {
  kind: EntryKind;
  /** Permission bits including setuid/setgid/sticky. */
  mode: number;
  uid: number;
  gid: number;
  size: number;
  /** ms since the epoch */
  mtime: number;
  ino: number;
  nlink: number;
  /** Device number of a character device (`ls -l` shows "1, 3" in place of the size). */
  rdev?: { major: number; minor: number };
}

/** Who performs an operation. uid 0 passes every permission check, as on Linux. */
export interface Identity {
  uid: number;
  gid: number;
  /** Supplementary groups. */
  groups?: readonly number[];
}

export const ROOT: Identity = Object.freeze({ uid: 0, gid: 0 });

export type Data = Uint8Array | string;

export interface FileSystem {
  readonly readOnly: boolean;
  /** The same filesystem seen by another caller. */
  as(identity: Identity): FileSystem;

  stat(path: string): Stat;
  lstat(path: string): Stat;
  /** `test -e`: true when stat(2) would succeed (a dangling symlink does not exist). */
  exists(path: string): boolean;
  readdir(path: string): string[];
  readFile(path: string): Uint8Array;
  readTextFile(path: string): string;
  readlink(path: string): string;
  realpath(path: string): string;

  /** open(O_WRONLY|O_CREAT|O_TRUNC) + write; `mode` applies only when the file is created. */
  writeFile(path: string, data: Data, options?: { mode?: number }): void;
  appendFile(path: string, data: Data, options?: { mode?: number }): void;
  truncate(path: string, length?: number): void;
  mkdir(path: string, options?: { recursive?: boolean; mode?: number }): void;
  rmdir(path: string): void;
  unlink(path: string): void;
  /** rm, rm -r, rm -f, rm -rf. */
  rm(path: string, options?: { recursive?: boolean; force?: boolean }): void;
  /** rename(2): replaces the target, never falls back to copying (EXDEV surfaces). */
  rename(from: string, to: string): void;
  chmod(path: string, mode: number): void;
  /** -1 leaves the id unchanged, as with chown(2). */
  chown(path: string, uid: number, gid: number): void;
  /** Sets mtime; without `mtime`, to "now" (touch). */
  utimes(path: string, mtime?: number): void;
  symlink(target: string, path: string): void;
  link(existing: string, newPath: string): void;
}

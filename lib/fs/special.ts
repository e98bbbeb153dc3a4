/**
 * SpecialFs: a small in-memory filesystem with kernel-made files in it, for /dev and /proc.
 * Character devices (/dev/null, /dev/zero, /dev/urandom...) stat as `chardev` with their device
 * numbers and read and write as the kernel's do; generated files (/proc/self/mounts) are
 * computed on every read and stat as size 0, like procfs. Everything else (directories,
 * symlinks such as /dev/stdout -> /proc/self/fd/1, files a user creates in /dev/shm) is an
 * ordinary MemFs entry, so permissions, readdir and symlinks work as everywhere else.
 *
 * A read is one bounded chunk: an endless device (zero, urandom) returns DEVICE_READ_BYTES, which
 * is as much as any command may print (the shell's output cap), so `head -c N /dev/zero` works
 * for every N a learner can see. A command that streams a device forever (cat /dev/zero) repeats
 * the chunk in pieces and pauses between them (lib/shell/util/text/stream.ts).
 */
import { FsError } from './errors';
import { MemFs } from './memfs';
import { normalizePath } from './pathname';
import type { Data, FileSystem, Identity, Stat } from './types';
import { decodeUtf8, encodeUtf8 } from './utf8';

/** Bytes one read of an endless device returns (1 MiB). */
export const DEVICE_READ_BYTES = 1 << 20;

export interface Device {
  major: number;
  minor: number;
  /** What a read returns: nothing (null), zeros, random bytes. */
  content: 'empty' | 'zeros' | 'random';
  /** /dev/full refuses every write with ENOSPC; the others swallow it. */
  full?: boolean;
}

interface DeviceEntry extends Device {
  mode: number;
  uid: number;
  gid: number;
}

export interface SpecialFsOptions {
  /** The tree of ordinary entries; each device and generated file must exist in it as a file. */
  tree: MemFs;
  devices?: Record<string, Device & { mode?: number; gid?: number }>;
  /** Path → text computed when read. */
  generated?: Record<string, () => string>;
  random: () => number;
}

interface Shared {
  devices: Map<string, DeviceEntry>;
  generated: Map<string, () => string>;
  random: () => number;
  zeros: Uint8Array | null;
}

export class SpecialFs implements FileSystem {
  private readonly tree: MemFs;
  private readonly shared: Shared;

  constructor(options: SpecialFsOptions, shared?: Shared) {
    this.tree = options.tree;
    this.shared = shared ?? {
      devices: new Map(
        Object.entries(options.devices ?? {}).map(([p, d]) => [
          normalizePath(p),
          { mode: 0o666, uid: 0, gid: 0, ...d },
        ]),
      ),
      generated: new Map(
        Object.entries(options.generated ?? {}).map(([p, f]) => [normalizePath(p), f]),
      ),
      random: options.random,
      zeros: null,
    };
  }

  get readOnly(): boolean {
    return this.tree.readOnly;
  }
  as(identity: Identity): SpecialFs {
    return new SpecialFs({ tree: this.tree.as(identity), random: this.shared.random }, this.shared);
  }

  /** The device at `path` after following symlinks, if it is one. */
  private device(path: string): DeviceEntry | undefined {
    if (this.shared.devices.size === 0) return undefined;
    try {
      return this.shared.devices.get(this.tree.realpath(path));
    } catch {
      return undefined;
    }
  }
  private generatedAt(path: string): (() => string) | undefined {
    try {
      return this.shared.generated.get(this.tree.realpath(path));
    } catch {
      return undefined;
    }
  }

  private special(st: Stat, path: string): Stat {
    if (st.kind !== 'file') return st;
    const real = this.tree.realpath(path);
    const dev = this.shared.devices.get(real);
    if (dev) {
      const { mode, uid, gid, major, minor } = dev;
      return { ...st, kind: 'chardev', mode, uid, gid, size: 0, rdev: { major, minor } };
    }
    return this.shared.generated.has(real) ? { ...st, size: 0 } : st;
  }

  stat(path: string): Stat {
    return this.special(this.tree.stat(path), path);
  }
  lstat(path: string): Stat {
    const st = this.tree.lstat(path);
    return st.kind === 'symlink' ? st : this.special(st, path);
  }
  exists(path: string): boolean {
    return this.tree.exists(path);
  }
  readdir(path: string): string[] {
    return this.tree.readdir(path);
  }
  readFile(path: string): Uint8Array {
    const dev = this.device(path);
    if (dev) {
      this.tree.readFile(path); // permission checks
      return this.read(dev);
    }
    const gen = this.generatedAt(path);
    if (gen) {
      this.tree.readFile(path);
      return encodeUtf8(gen());
    }
    return this.tree.readFile(path);
  }
  private read(dev: Device): Uint8Array {
    if (dev.content === 'empty') return new Uint8Array(0);
    if (dev.content === 'zeros') return (this.shared.zeros ??= new Uint8Array(DEVICE_READ_BYTES));
    const bytes = new Uint8Array(DEVICE_READ_BYTES);
    for (let i = 0; i < bytes.length; i += 4) {
      const word = Math.floor(this.shared.random() * 0x100000000);
      bytes[i] = word & 255;
      bytes[i + 1] = (word >>> 8) & 255;
      bytes[i + 2] = (word >>> 16) & 255;
      bytes[i + 3] = word >>> 24;
    }
    return bytes;
  }
  readTextFile(path: string): string {
    return decodeUtf8(this.readFile(path));
  }
  readlink(path: string): string {
    return this.tree.readlink(path);
  }
  realpath(path: string): string {
    return this.tree.realpath(path);
  }

  /** A write to a device: swallowed, or ENOSPC for /dev/full; generated files refuse it. */
  private writeSpecial(path: string): boolean {
    const dev = this.device(path);
    const gen = dev ? undefined : this.generatedAt(path);
    if (!dev && !gen) return false;
    this.tree.appendFile(path, ''); // permission checks
    if (gen) throw new FsError('EACCES', 'open', normalizePath(path));
    if (dev?.full) throw new FsError('ENOSPC', 'write', normalizePath(path));
    return true;
  }
  writeFile(path: string, data: Data, options?: { mode?: number }): void {
    if (!this.writeSpecial(path)) this.tree.writeFile(path, data, options);
  }
  appendFile(path: string, data: Data, options?: { mode?: number }): void {
    if (!this.writeSpecial(path)) this.tree.appendFile(path, data, options);
  }
  truncate(path: string, length?: number): void {
    if (!this.device(path)) this.tree.truncate(path, length);
  }
  mkdir(path: string, options?: { recursive?: boolean; mode?: number }): void {
    this.tree.mkdir(path, options);
  }
  rmdir(path: string): void {
    this.tree.rmdir(path);
  }
  unlink(path: string): void {
    this.tree.unlink(path);
    this.shared.devices.delete(normalizePath(path));
  }
  rm(path: string, options?: { recursive?: boolean; force?: boolean }): void {
    this.tree.rm(path, options);
    this.shared.devices.delete(normalizePath(path));
  }
  rename(from: string, to: string): void {
    this.tree.rename(from, to);
    const dev = this.shared.devices.get(normalizePath(from));
    if (dev) {
      this.shared.devices.delete(normalizePath(from));
      this.shared.devices.set(normalizePath(to), dev);
    }
  }
  chmod(path: string, mode: number): void {
    this.tree.chmod(path, mode);
    const dev = this.device(path);
    if (dev) dev.mode = mode & 0o7777;
  }
  chown(path: string, uid: number, gid: number): void {
    this.tree.chown(path, uid, gid);
    const dev = this.device(path);
    if (dev && uid !== -1) dev.uid = uid;
    if (dev && gid !== -1) dev.gid = gid;
  }
  utimes(path: string, mtime?: number): void {
    this.tree.utimes(path, mtime);
  }
  symlink(target: string, path: string): void {
    this.tree.symlink(target, path);
  }
  link(existing: string, newPath: string): void {
    this.tree.link(existing, newPath);
  }
}

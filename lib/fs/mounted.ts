/**
 * MountedFs: a root filesystem with other filesystems mounted on top at target paths — a
 * container's view (union root + volumes, binds, tmpfs) or the host's (host fs + volume data
 * dirs). Lookup picks the deepest mount whose target is a prefix of the path
 * (docs/semantics.md#m1-mounts-sit-above-the-union); everything under a target is served by the
 * mount's source, never by the root (docs/semantics.md#m2-a-mounted-directory-shadows-the-images
 * shadowing).
 *
 * A mount serves either a whole filesystem (a volume, tmpfs) or a subtree of one (a bind
 * mount of a host directory, or of a single host file). Read-only mounts refuse changes with
 * EROFS. Renames across mounts fail with EXDEV (mv falls back to copying); removing a mount
 * point fails with EBUSY.
 *
 * A bind mount serves its source through `bindMount`: the source's subtree becomes a filesystem
 * of its own (Vfs.beneath), so the host's parent directories are not searched by the
 * container's user, as on Linux, where the mount's root is reached through the mount table.
 *
 * A symlink is followed through the whole view, as the kernel's path walk does: a link in one
 * mount (or the root) pointing into another mount reaches that mount's files
 * (docs/semantics.md#m37-symlinks-cross-mounts).
 */
import { FsError, type Syscall } from './errors';
import { joinPath, normalizePath } from './pathname';
import type { Data, FileSystem, Identity, Stat } from './types';
import { Vfs } from './vfs';

export interface Mount {
  /** Absolute, normalised path in this view. */
  target: string;
  fs: FileSystem;
  /** Path inside `fs` that appears at `target` ("/" for a whole filesystem). */
  source: string;
  readOnly: boolean;
}

/** Symlinks a path walk may pass through before it gives up (Linux: 40, then ELOOP). */
const MAX_HOPS = 40;

interface Resolved {
  fs: FileSystem;
  path: string;
  mount: Mount | null;
  readOnly: boolean;
}

export class MountedFs implements FileSystem {
  constructor(
    readonly root: FileSystem,
    readonly mounts: readonly Mount[],
    readonly rootReadOnly = false,
  ) {}

  get readOnly(): boolean {
    return this.rootReadOnly;
  }

  as(identity: Identity): MountedFs {
    return new MountedFs(
      this.root.as(identity),
      this.mounts.map((m) => ({ ...m, fs: m.fs.as(identity) })),
      this.rootReadOnly,
    );
  }

  /** The mount serving `path` (deepest target that is `path` or a parent of it), if any. */
  mountAt(path: string): Mount | null {
    const p = normalizePath(path);
    let best: Mount | null = null;
    for (const m of this.mounts) {
      if (
        (p === m.target || p.startsWith(m.target === '/' ? '/' : `${m.target}/`)) &&
        (!best || m.target.length > best.target.length)
      )
        best = m;
    }
    return best;
  }

  /**
   * The subtree at `source` as a filesystem of its own (what a bind mount of it serves): the
   * fs holding it, beneath `source`, with the mounts inside the subtree carried along (rbind).
   */
  beneath(source: string): FileSystem {
    const p = normalizePath(source);
    const r = this.resolve(p);
    const base = bindMount(r.fs, r.path);
    const inner = this.mountsBelow(p).map((m) => ({
      ...m,
      target: normalizePath(m.target.slice(p.length)),
    }));
    if (inner.length === 0 && !r.readOnly && base.source === '/') return base.fs;
    const top: Mount = { target: '/', ...base, readOnly: r.readOnly };
    return new MountedFs(base.fs, [top, ...inner], r.readOnly);
  }

  /** The filesystem that finally serves `path`, through nested mount tables (e.g. a network share). */
  fsAt(path: string): FileSystem {
    const r = this.resolve(path);
    return r.fs instanceof MountedFs ? r.fs.fsAt(r.path) : r.fs;
  }

  /**
   * Where `path` is served after a walk through the view: every symlink on the way (the last
   * component too when `follow`) replaced by its target, looked up again from the top.
   */
  private resolve(path: string, follow = true): Resolved {
    return this.serve(this.walk(path, follow));
  }

  /**
   * `path` with the symlinks on it resolved across mounts. A component that cannot be looked up
   * (missing, not searchable) ends the walk: the serving filesystem then reports it, as it did.
   */
  private walk(path: string, follow: boolean): string {
    if (this.mounts.length === 0) return path;
    let parts = normalizePath(path).split('/').filter(Boolean);
    let done = '';
    let hops = 0;
    for (let i = 0; i < parts.length; i++) {
      const here = `${done}/${parts[i]}`;
      if (i === parts.length - 1 && !follow) return this.keepSlash(path, here);
      const r = this.serve(here);
      let link: string | null;
      try {
        link = r.fs.lstat(r.path).kind === 'symlink' ? r.fs.readlink(r.path) : null;
      } catch {
        return this.keepSlash(path, [here, ...parts.slice(i + 1)].join('/'));
      }
      if (link === null) {
        done = here;
        continue;
      }
      if (++hops > MAX_HOPS) return path;
      const target = normalizePath(link.startsWith('/') ? link : `${done}/${link}`);
      parts = [...target.split('/').filter(Boolean), ...parts.slice(i + 1)];
      done = '';
      i = -1;
    }
    return this.keepSlash(path, done || '/');
  }

  /** `inner`, with the trailing slash of `path` (it asks for a directory). */
  private keepSlash(path: string, inner: string): string {
    return path.endsWith('/') && inner !== '/' ? `${inner}/` : inner;
  }

  /** Where `path` is served, taken literally (no symlink followed here). */
  private serve(path: string): Resolved {
    const p = normalizePath(path);
    // A trailing slash asks for a directory (`stat file/` is ENOTDIR): the serving fs must see it.
    const dir = (inner: string) => this.keepSlash(path, inner);
    const mount = this.mountAt(p);
    if (!mount) return { fs: this.root, path: dir(p), mount: null, readOnly: this.rootReadOnly };
    const rest = p.slice(mount.target.length).replace(/^\//, '');
    return {
      fs: mount.fs,
      path: dir(rest === '' ? mount.source : normalizePath(joinPath(mount.source, rest))),
      mount,
      readOnly: mount.readOnly,
    };
  }

  private writable(path: string, syscall: Syscall, follow = true): Resolved {
    const r = this.resolve(path, follow);
    if (r.readOnly) throw new FsError('EROFS', syscall, normalizePath(path));
    return r;
  }

  /** Mount points directly or deeply under `path` (not `path` itself). */
  private mountsBelow(path: string): Mount[] {
    const p = normalizePath(path);
    const prefix = p === '/' ? '/' : `${p}/`;
    return this.mounts.filter((m) => m.target !== p && m.target.startsWith(prefix));
  }

  private isMountPoint(path: string): boolean {
    const p = normalizePath(path);
    return this.mounts.some((m) => m.target === p);
  }

  stat(path: string): Stat {
    const r = this.resolve(path);
    return r.fs.stat(r.path);
  }
  lstat(path: string): Stat {
    const r = this.resolve(path, false);
    return r.fs.lstat(r.path);
  }
  exists(path: string): boolean {
    const r = this.resolve(path);
    return r.fs.exists(r.path);
  }
  readdir(path: string): string[] {
    const r = this.resolve(path);
    return r.fs.readdir(r.path);
  }
  readFile(path: string): Uint8Array {
    const r = this.resolve(path);
    return r.fs.readFile(r.path);
  }
  readTextFile(path: string): string {
    const r = this.resolve(path);
    return r.fs.readTextFile(r.path);
  }
  readlink(path: string): string {
    const r = this.resolve(path, false);
    return r.fs.readlink(r.path);
  }
  realpath(path: string): string {
    const r = this.resolve(path);
    const real = r.fs.realpath(r.path);
    if (!r.mount) return real;
    const inner = real.slice(r.mount.source === '/' ? 0 : r.mount.source.length);
    return normalizePath(joinPath(r.mount.target, inner.replace(/^\//, '')));
  }

  writeFile(path: string, data: Data, options?: { mode?: number }): void {
    const r = this.writable(path, 'open');
    r.fs.writeFile(r.path, data, options);
  }
  appendFile(path: string, data: Data, options?: { mode?: number }): void {
    const r = this.writable(path, 'open');
    r.fs.appendFile(r.path, data, options);
  }
  truncate(path: string, length?: number): void {
    const r = this.writable(path, 'truncate');
    r.fs.truncate(r.path, length);
  }
  mkdir(path: string, options?: { recursive?: boolean; mode?: number }): void {
    if (options?.recursive && this.exists(path)) return this.mkdirExisting(path);
    const r = this.writable(path, 'mkdir', false);
    r.fs.mkdir(r.path, options);
  }
  private mkdirExisting(path: string): void {
    if (this.stat(path).kind !== 'dir') throw new FsError('EEXIST', 'mkdir', normalizePath(path));
  }
  rmdir(path: string): void {
    if (this.isMountPoint(path)) throw new FsError('EBUSY', 'rmdir', normalizePath(path));
    const r = this.writable(path, 'rmdir', false);
    r.fs.rmdir(r.path);
  }
  unlink(path: string): void {
    if (this.isMountPoint(path)) throw new FsError('EBUSY', 'unlink', normalizePath(path));
    const r = this.writable(path, 'unlink', false);
    r.fs.unlink(r.path);
  }
  rm(path: string, options: { recursive?: boolean; force?: boolean } = {}): void {
    const p = normalizePath(path);
    if (this.isMountPoint(p)) {
      if (options.force && !this.exists(p)) return;
      if (options.recursive) this.emptyDir(p, options);
      throw new FsError('EBUSY', 'rmdir', p);
    }
    if (options.recursive && this.mountsBelow(p).length > 0 && this.lstat(p).kind === 'dir') {
      this.emptyDir(p, options);
      this.rmdir(p);
      return;
    }
    const r = this.writable(p, 'unlink', false);
    r.fs.rm(r.path, options);
  }
  /** rm -r of a tree that holds mount points: remove what it can, as Linux does, then EBUSY. */
  private emptyDir(dir: string, options: { recursive?: boolean; force?: boolean }): void {
    let busy: FsError | null = null;
    for (const name of this.readdir(dir)) {
      try {
        this.rm(joinPath(dir, name), options);
      } catch (e) {
        if (e instanceof FsError && e.code === 'EBUSY') busy ??= e;
        else throw e;
      }
    }
    if (busy) throw busy;
  }
  rename(from: string, to: string): void {
    const a = this.writable(from, 'rename', false);
    const b = this.writable(to, 'rename', false);
    if (this.isMountPoint(from) || this.isMountPoint(to))
      throw new FsError('EBUSY', 'rename', normalizePath(from), normalizePath(to));
    if (a.fs !== b.fs || a.mount?.target !== b.mount?.target)
      throw new FsError('EXDEV', 'rename', normalizePath(from), normalizePath(to));
    a.fs.rename(a.path, b.path);
  }
  chmod(path: string, mode: number): void {
    const r = this.writable(path, 'chmod');
    r.fs.chmod(r.path, mode);
  }
  chown(path: string, uid: number, gid: number): void {
    const r = this.writable(path, 'chown');
    r.fs.chown(r.path, uid, gid);
  }
  utimes(path: string, mtime?: number): void {
    const r = this.writable(path, 'utimes');
    r.fs.utimes(r.path, mtime);
  }
  symlink(target: string, path: string): void {
    const r = this.writable(path, 'symlink', false);
    r.fs.symlink(target, r.path);
  }
  link(existing: string, newPath: string): void {
    const a = this.resolve(existing, false);
    const b = this.writable(newPath, 'link', false);
    if (a.fs !== b.fs || a.mount?.target !== b.mount?.target)
      throw new FsError('EXDEV', 'link', normalizePath(existing), normalizePath(newPath));
    b.fs.link(a.path, b.path);
  }
}

/**
 * The mount of `source` in `fs`, as a bind mount serves it: the subtree as a filesystem of its
 * own when `fs` can make one, else `fs` with `source` (whose parents are then searched).
 */
export function bindMount(fs: FileSystem, source: string): { fs: FileSystem; source: string } {
  if (fs instanceof MountedFs || fs instanceof Vfs) return { fs: fs.beneath(source), source: '/' };
  return { fs, source };
}

/**
 * Path resolution (Linux namei): component by component from the root, search permission
 * on every directory, symlinks expanded in place (at most 40 per walk, then ELOOP).
 *
 * A walk may start at a `base` directory instead of the driver's root: that is how a bind
 * mount's root is reached. The kernel looked the source up once, when it was mounted, so its
 * parents are never searched again by the processes that use the mount (a 0777 folder under a
 * 0750 home is writable by any UID through the mount). An absolute symlink restarts at `base`.
 */
import type { Driver } from './driver';
import { FsError, type Syscall } from './errors';
import { hasTrailingSlash, splitPath } from './pathname';
import { MAY_EXEC, mayAccess } from './permission';
import { ROOT, type Identity } from './types';
import { encodeUtf8 } from './utf8';

export const MAX_SYMLINKS = 40;
/** NAME_MAX and PATH_MAX of Linux, in bytes. */
export const NAME_MAX = 255;
export const PATH_MAX = 4096;

function tooLong(text: string, max: number): boolean {
  return text.length > max / 3 && encodeUtf8(text).length > max;
}

export interface Resolved<H> {
  /** Directory holding the last component. */
  parent: H;
  /** Last component ("" for the root itself). */
  name: string;
  /** The entry, or undefined when the last component does not exist. */
  node: H | undefined;
  /** Canonical path of `parent` as components, symlinks resolved. */
  parentPath: readonly string[];
}

export interface WalkContext<H> {
  driver: Driver<H>;
  who: Identity;
  /** Path of the directory (or file) the walk starts at; the driver's root when absent. */
  base?: string;
}

/**
 * Resolves `path`. Missing or non-directory intermediate components throw; a missing last
 * component is returned as `node: undefined` so create operations can use `parent`/`name`.
 * `follow` follows a symlink in the last component (stat vs lstat); a trailing slash
 * implies it and requires a directory.
 */
export function walk<H>(
  ctx: WalkContext<H>,
  path: string,
  follow: boolean,
  syscall: Syscall,
): Resolved<H> {
  return new PathWalk(ctx, path, syscall).run(follow);
}

type WalkErrno = 'ENOENT' | 'ENOTDIR' | 'EACCES' | 'ELOOP' | 'ENAMETOOLONG';

class PathWalk<H> {
  private readonly queue: string[];
  private readonly stack: H[];
  private readonly names: string[] = [];
  private readonly trailing: boolean;
  private links = 0;

  constructor(
    private readonly ctx: WalkContext<H>,
    private readonly path: string,
    private readonly syscall: Syscall,
  ) {
    if (tooLong(path, PATH_MAX - 1)) this.fail('ENAMETOOLONG');
    this.queue = splitPath(path);
    this.stack = [ctx.base === undefined ? ctx.driver.root() : this.baseNode(ctx.base)];
    this.trailing = hasTrailingSlash(path);
  }

  run(follow: boolean): Resolved<H> {
    const { driver } = this.ctx;
    for (;;) {
      const cur = this.stack[this.stack.length - 1] as H;
      const name = this.queue.shift();
      if (name === undefined) return selfResolved(this.stack, this.names);
      this.enter(cur, name);
      if (name === '..') {
        this.up();
        continue;
      }
      const child = driver.lookup(cur, name);
      const last = this.queue.length === 0;
      if (child && this.isLink(child) && (!last || follow || this.trailing)) {
        this.expand(child);
        continue;
      }
      if (last) return this.finish(cur, name, child);
      if (!child) this.fail('ENOENT');
      this.stack.push(child as H);
      this.names.push(name);
    }
  }

  /** The mount root: looked up as root (no search checks on its parents), symlinks followed. */
  private baseNode(base: string): H {
    try {
      return walkExisting({ driver: this.ctx.driver, who: ROOT }, base, true, this.syscall).node;
    } catch (e) {
      if (e instanceof FsError) this.fail('ENOENT');
      throw e;
    }
  }

  /** Search permission on the directory being looked into. */
  private enter(dir: H, name: string): void {
    const attr = this.ctx.driver.attr(dir);
    if (attr.kind !== 'dir') this.fail('ENOTDIR');
    if (!mayAccess(attr, this.ctx.who, MAY_EXEC)) this.fail('EACCES');
    if (tooLong(name, NAME_MAX)) this.fail('ENAMETOOLONG');
  }

  private up(): void {
    if (this.stack.length === 1) return;
    this.stack.pop();
    this.names.pop();
  }

  private isLink(h: H): boolean {
    return this.ctx.driver.attr(h).kind === 'symlink';
  }

  /** Replaces the link by its target's components; absolute targets restart at "/". */
  private expand(link: H): void {
    if (++this.links > MAX_SYMLINKS) this.fail('ELOOP');
    const target = this.ctx.driver.readlink(link);
    if (target.startsWith('/')) {
      this.stack.length = 1;
      this.names.length = 0;
    }
    this.queue.unshift(...splitPath(target));
  }

  private finish(parent: H, name: string, node: H | undefined): Resolved<H> {
    if (this.trailing && node && this.ctx.driver.attr(node).kind !== 'dir') this.fail('ENOTDIR');
    return { parent, name, node, parentPath: [...this.names] };
  }

  private fail(code: WalkErrno): never {
    throw new FsError(code, this.syscall, this.path);
  }
}

/** The walk ended on a directory itself ("/", "a/..", a link to "."). */
function selfResolved<H>(stack: H[], names: string[]): Resolved<H> {
  const node = stack[stack.length - 1] as H;
  if (stack.length === 1) return { parent: node, name: '', node, parentPath: [] };
  return {
    parent: stack[stack.length - 2] as H,
    name: names[names.length - 1] as string,
    node,
    parentPath: names.slice(0, -1),
  };
}

/** Resolves and requires the entry to exist. */
export function walkExisting<H>(
  ctx: WalkContext<H>,
  path: string,
  follow: boolean,
  syscall: Syscall,
): Resolved<H> & { node: H } {
  const r = walk(ctx, path, follow, syscall);
  if (r.node === undefined) throw new FsError('ENOENT', syscall, path);
  return r as Resolved<H> & { node: H };
}

/**
 * The build context: a host directory as the CLI sends it (a tar, owner 0:0, `.dockerignore`
 * applied) and as the daemon reads it for COPY/ADD. Also the classic builder's source hashes
 * (`file:<sha256>`, `dir:<sha256>` in history), computed like moby's tarsum v1 headers.
 */
import { encodeUtf8, joinPath, type FileSystem, type Stat } from '../../fs';
import { sha256Hex } from './sha256';

const BLOCK = 512;

export class BuildContext {
  private readonly patterns: { regex: RegExp; negate: boolean; depth: number }[];

  constructor(
    readonly fs: FileSystem,
    /** Absolute path of the context directory. */
    readonly dir: string,
    dockerignore: string | null,
  ) {
    this.patterns = parseIgnore(dockerignore ?? '');
  }

  /** Whether `.dockerignore` leaves `rel` (a path relative to the context) out. */
  excluded(rel: string): boolean {
    if (rel === 'Dockerfile' || rel === '.dockerignore') return false;
    const parts = rel.split('/');
    let out = false;
    for (const p of this.patterns) {
      let match = p.regex.test(rel);
      if (!match && p.depth < parts.length) match = p.regex.test(parts.slice(0, p.depth).join('/'));
      if (match) out = !p.negate;
    }
    return out;
  }

  /** Bytes of the context tar: a 512-byte header per entry, data padded to 512, 1024 at the end. */
  tarSize(): number {
    let total = 2 * BLOCK;
    this.walk('', (rel, st) => {
      total += BLOCK + (st.kind === 'file' ? Math.ceil(st.size / BLOCK) * BLOCK : 0);
      if (tarName(rel, st).length > 100 && !splittable(tarName(rel, st))) total += 2 * BLOCK;
    });
    return total;
  }

  /** Visits every entry below `rel` (not `rel` itself) that .dockerignore keeps, parents first. */
  walk(rel: string, visit: (rel: string, st: Stat) => void): void {
    for (const name of this.fs.readdir(joinPath(this.dir, rel)).sort()) {
      const child = rel === '' ? name : `${rel}/${name}`;
      const st = this.fs.lstat(joinPath(this.dir, child));
      if (!this.excluded(child)) visit(child, st);
      if (st.kind === 'dir') this.walk(child, visit);
    }
  }

  /** lstat of a context path, or null when it is missing or excluded. */
  stat(rel: string): Stat | null {
    if (rel !== '' && this.excluded(rel)) return null;
    try {
      return this.fs.lstat(joinPath(this.dir, rel));
    } catch {
      return null;
    }
  }
}

function tarName(rel: string, st: Stat): string {
  return st.kind === 'dir' ? `${rel}/` : rel;
}

/** USTAR can store names up to 255 bytes split at a "/" into prefix (155) and name (100). */
function splittable(name: string): boolean {
  for (let i = name.indexOf('/'); i >= 0; i = name.indexOf('/', i + 1))
    if (i <= 155 && name.length - i - 1 <= 100) return true;
  return false;
}

function parseIgnore(text: string) {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const negate = l.startsWith('!');
      const pattern = (negate ? l.slice(1) : l)
        .trim()
        .replace(/^\/+/, '')
        .replace(/\/+$/, '')
        .replace(/^\.\//, '');
      return { regex: globRegex(pattern), negate, depth: pattern.split('/').length };
    });
}

/** Go filepath.Match syntax plus `**` (any number of directories), as .dockerignore uses it. */
function globRegex(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*' && pattern[i + 1] === '*') {
      re += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += pattern[i + 2] === '/' ? 2 : 1;
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Where a COPY source comes from: the context (tar headers of the CLI) or an image's files. */
export type HashOrigin = 'context' | 'image';

const TYPE_BITS = { file: 0o100000, dir: 0o40000, symlink: 0o120000, chardev: 0o20000 } as const;
const TYPE_FLAG = { file: '0', dir: '5', symlink: '2', chardev: '3' } as const;

/** tarsum v1 header fields + content, sha256: moby's per-file hash of a COPY source. */
export function entryHash(fs: FileSystem, path: string, rel: string, origin: HashOrigin): string {
  const st = fs.lstat(path);
  const fromImage = origin === 'image';
  const mode = (st.mode & 0o7777) | (fromImage ? TYPE_BITS[st.kind] : 0);
  const uid = fromImage ? st.uid : 0;
  const gid = fromImage ? st.gid : 0;
  const size = st.kind === 'file' ? st.size : 0;
  const link = st.kind === 'symlink' ? fs.readlink(path) : '';
  const uname = fromImage && uid === 0 ? 'root' : '';
  const gname = fromImage && gid === 0 ? 'root' : '';
  const name = st.kind === 'dir' ? `${rel}/` : rel;
  const header = encodeUtf8(
    `name${name}mode${mode}uid${uid}gid${gid}size${size}typeflag${TYPE_FLAG[st.kind]}linkname${link}uname${uname}gname${gname}devmajor0devminor0`,
  );
  const data = st.kind === 'file' ? fs.readFile(path) : new Uint8Array(0);
  const all = new Uint8Array(header.length + data.length);
  all.set(header);
  all.set(data, header.length);
  return sha256Hex(all);
}

/** `prefix:` + sha256 of the comma-joined list (moby hashStringSlice). */
export function hashList(prefix: string, items: readonly string[]): string {
  return `${prefix}:${sha256Hex(encodeUtf8(items.join(',')))}`;
}

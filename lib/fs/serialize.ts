/**
 * Layers and plain filesystems to JSON and back. A tree is written as nested entries; names
 * stay in directory order (pairs, not object keys). File bytes are UTF-8 text when that is
 * valid and cheap in JSON, all-zero files are a length, anything else is base64. A hard link
 * (one node under several names, nlink > 1) is written once with a `link` number and then as
 * `{ "same": n }`; one TreeWriter/TreeReader pair spans a whole document, so links survive
 * wherever they are, as long as the document is read in the order it was written.
 */
import { decodeBase64, encodeBase64 } from './base64';
import type { Clock, InodeSource } from './clock';
import { InodeCounter } from './inode-counter';
import { Layer } from './layer';
import { MemFs } from './memfs';
import {
  makeDir,
  makeFile,
  makeSymlink,
  WHITEOUT,
  type DirNode,
  type FileNode,
  type Meta,
  type Node,
  type SymlinkNode,
} from './node';
import { arr, bool, fail, int, num, obj, str, StateError, type Fields } from './state-read';
import { decodeUtf8, encodeUtf8 } from './utf8';

export interface MetaJson {
  ino: number;
  /** Omitted when the kind's default (file 0644, dir 0755, symlink 0777). */
  mode?: number;
  uid?: number;
  gid?: number;
  mtime: number;
}

export interface DirJson extends MetaJson {
  dir: [string, NodeJson][];
  opaque?: true;
}

export interface FileJson extends MetaJson {
  text?: string;
  base64?: string;
  zeros?: number;
  nlink?: number;
  link?: number;
}

export interface SymlinkJson extends MetaJson {
  symlink: string;
  nlink?: number;
  link?: number;
}

export type NodeJson = DirJson | FileJson | SymlinkJson | { whiteout: true } | { same: number };

export interface LayerJson {
  id: string;
  frozen?: true;
  root: DirJson;
}

const DEFAULT_MODE = { file: 0o644, dir: 0o755, symlink: 0o777 } as const;
const MAX_MODE = 0o7777;
const MAX_ID = 0xffffffff;
/** Largest all-zero file a state may ask for (64 MiB): a corrupt length must not exhaust memory. */
const MAX_ZEROS = 1 << 26;

/** Whether bytes go into JSON as text: valid UTF-8 with few characters JSON must escape. */
function asText(data: Uint8Array): string | null {
  const text = decodeUtf8(data);
  const back = encodeUtf8(text);
  if (back.length !== data.length || back.some((b, i) => b !== data[i])) return null;
  if (/\p{Cs}/u.test(text)) return null; // a lone surrogate: not portable through every encoder
  let escaped = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 10 && c !== 9) escaped++;
  }
  return escaped * 5 * 3 <= text.length ? text : null;
}

export class TreeWriter {
  private readonly links = new Map<Node, number>();

  layer(layer: Layer): LayerJson {
    return layer.isFrozen
      ? { id: layer.id, frozen: true, root: this.dir(layer.root) }
      : { id: layer.id, root: this.dir(layer.root) };
  }

  dir(dir: DirNode): DirJson {
    const out: DirJson = { ...this.meta(dir, 'dir'), dir: [] };
    if (dir.opaque) out.opaque = true;
    for (const [name, child] of dir.children) out.dir.push([name, this.node(child)]);
    return out;
  }

  private node(node: Node): NodeJson {
    if (node.kind === 'whiteout') return { whiteout: true };
    if (node.kind === 'dir') return this.dir(node);
    const seen = this.links.get(node);
    if (seen !== undefined) return { same: seen };
    const out: FileJson | SymlinkJson =
      node.kind === 'file'
        ? { ...this.meta(node, 'file'), ...this.bytes(node.data) }
        : { ...this.meta(node, 'symlink'), symlink: node.target };
    if (node.nlink !== 1) out.nlink = node.nlink;
    if (node.nlink > 1) {
      out.link = this.links.size;
      this.links.set(node, out.link);
    }
    return out;
  }

  private bytes(data: Uint8Array): Pick<FileJson, 'text' | 'base64' | 'zeros'> {
    if (data.length > 0 && data.every((b) => b === 0)) return { zeros: data.length };
    const text = asText(data);
    return text === null ? { base64: encodeBase64(data) } : { text };
  }

  private meta(n: Meta, kind: keyof typeof DEFAULT_MODE): MetaJson {
    const out: MetaJson = { ino: n.ino, mtime: n.mtime };
    if (n.mode !== DEFAULT_MODE[kind]) out.mode = n.mode;
    if (n.uid !== 0) out.uid = n.uid;
    if (n.gid !== 0) out.gid = n.gid;
    return out;
  }
}

export class TreeReader {
  private readonly links = new Map<number, FileNode | SymlinkNode>();
  /** Highest inode number read, for counters of states that did not record theirs. */
  maxIno = 0;

  layer(v: unknown, at: string, ctx: { clock: Clock; inodes: InodeSource }): Layer {
    const f = obj(v, at);
    const layer = new Layer({ id: str(f.id, `${at}.id`), clock: ctx.clock, inodes: ctx.inodes });
    this.fillRoot(layer.root, f.root, `${at}.root`);
    if (f.frozen !== undefined && bool(f.frozen, `${at}.frozen`)) layer.freeze();
    return layer;
  }

  /**
   * A plain filesystem (host, volume, tmpfs) over a saved tree. Without `inodes` it numbers
   * new entries after the highest inode in the tree, like a filesystem of its own.
   */
  memFs(v: unknown, at: string, ctx: { clock: Clock; inodes?: InodeSource }): MemFs {
    const layer = new Layer({ clock: ctx.clock, inodes: ctx.inodes });
    this.fillRoot(layer.root, v, at);
    const inodes = ctx.inodes ?? new InodeCounter(maxInode(layer.root) + 1);
    return new MemFs({ layer, clock: ctx.clock, inodes });
  }

  /** Reads a saved root directory into an existing (new, empty) root node. */
  fillRoot(root: DirNode, v: unknown, at: string): void {
    const saved = this.node(v, at);
    if (saved.kind !== 'dir') fail(at, 'a directory');
    Object.assign(root, { ...saved, children: root.children });
    for (const [name, child] of saved.children) root.children.set(name, child);
  }

  private node(v: unknown, at: string): Node {
    const f = obj(v, at);
    if ('whiteout' in f) {
      if (f.whiteout !== true) fail(`${at}.whiteout`, 'true');
      return WHITEOUT;
    }
    if ('same' in f) {
      const target = this.links.get(int(f.same, `${at}.same`));
      if (!target) throw new StateError('corrupt state: hard link to an unknown node', at);
      return target;
    }
    if ('dir' in f) {
      const dir = makeDir(this.meta(f, at, 'dir'), f.opaque === true);
      if (f.opaque !== undefined && f.opaque !== true) fail(`${at}.opaque`, 'true');
      arr(f.dir, `${at}.dir`).forEach((entry, i) => {
        const here = `${at}.dir[${i}]`;
        const pair = arr(entry, here);
        if (pair.length !== 2) fail(here, 'a [name, entry] pair');
        const name = str(pair[0], `${here}[0]`);
        if (
          name === '' ||
          name === '.' ||
          name === '..' ||
          name.includes('/') ||
          name.includes('\0')
        )
          fail(`${here}[0]`, 'a file name');
        if (dir.children.has(name)) fail(`${here}[0]`, 'a name not yet in the directory');
        dir.children.set(name, this.node(pair[1], `${here}[1]`));
      });
      return dir;
    }
    let node: FileNode | SymlinkNode;
    if ('symlink' in f) {
      const meta = this.meta(f, at, 'symlink');
      node = makeSymlink(meta, str(f.symlink, `${at}.symlink`));
      node.mode = meta.mode;
    } else node = makeFile(this.meta(f, at, 'file'), this.bytes(f, at));
    if (f.nlink !== undefined) node.nlink = int(f.nlink, `${at}.nlink`, 1, MAX_ID);
    if (f.link !== undefined) {
      const n = int(f.link, `${at}.link`);
      if (this.links.has(n)) fail(`${at}.link`, 'a new link number');
      this.links.set(n, node);
    }
    return node;
  }

  private bytes(f: Fields, at: string): Uint8Array {
    if (typeof f.text === 'string') return encodeUtf8(f.text);
    if (typeof f.base64 === 'string') {
      const bytes = decodeBase64(f.base64);
      if (!bytes) fail(`${at}.base64`, 'base64');
      return bytes;
    }
    if (f.zeros !== undefined) return new Uint8Array(int(f.zeros, `${at}.zeros`, 1, MAX_ZEROS));
    fail(at, 'a file (text, base64 or zeros), a directory, a symlink or a whiteout');
  }

  private meta(f: Fields, at: string, kind: keyof typeof DEFAULT_MODE): Meta {
    const ino = int(f.ino, `${at}.ino`, 1);
    this.maxIno = Math.max(this.maxIno, ino);
    return {
      ino,
      mode: f.mode === undefined ? DEFAULT_MODE[kind] : int(f.mode, `${at}.mode`, 0, MAX_MODE),
      uid: f.uid === undefined ? 0 : int(f.uid, `${at}.uid`, 0, MAX_ID),
      gid: f.gid === undefined ? 0 : int(f.gid, `${at}.gid`, 0, MAX_ID),
      mtime: num(f.mtime, `${at}.mtime`),
    };
  }
}

/** The highest inode number in a tree (to continue numbering a fresh filesystem). */
export function maxInode(root: DirNode): number {
  let max = root.ino;
  for (const child of root.children.values()) {
    if (child.kind === 'dir') max = Math.max(max, maxInode(child));
    else if (child.kind !== 'whiteout') max = Math.max(max, child.ino);
  }
  return max;
}

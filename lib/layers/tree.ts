/**
 * The merged tree a container sees, limited to the top level and the expanded directories:
 * each entry knows what serves it (a layer or a mount) and what it hides. Nothing outside the
 * listed directories is read.
 */
import type { FileSystem } from '../fs';
import type { MountPoint } from '../engine';
import { shadowed } from './mounts';
import { childPath, hiddenBy, namesAt, stackAt, type StackLayer } from './stack';
import type { EntryKind, TreeEntry } from './types';

/** Entries shown per directory; the rest are counted (BusyBox's /bin has 400 applets). */
export const MAX_CHILDREN = 40;

export interface TreeInput {
  stack: readonly StackLayer[];
  mounts: readonly MountPoint[];
  host: FileSystem;
  expanded: ReadonlySet<string>;
}

export function mergedTree(input: TreeInput): { tree: TreeEntry[]; cut: Record<string, number> } {
  const tree: TreeEntry[] = [];
  const cut: Record<string, number> = {};
  const visit = (dir: string, depth: number) => {
    const children = listDir(input, dir);
    if (children.length > MAX_CHILDREN) cut[dir] = children.length - MAX_CHILDREN;
    for (const entry of children.slice(0, MAX_CHILDREN)) {
      entry.depth = depth;
      entry.expanded = entry.kind === 'dir' && !entry.covered && input.expanded.has(entry.path);
      tree.push(entry);
      if (entry.expanded) visit(entry.path, depth + 1);
    }
  };
  visit('/', 0);
  return { tree, cut };
}

/** The deepest mount at or above `path`. */
function mountAt(mounts: readonly MountPoint[], path: string): MountPoint | undefined {
  let best: MountPoint | undefined;
  for (const m of mounts)
    if (
      (path === m.destination || path.startsWith(`${m.destination}/`)) &&
      (!best || m.destination.length > best.destination.length)
    )
      best = m;
  return best;
}

function listDir(input: TreeInput, dir: string): TreeEntry[] {
  const mount = mountAt(input.mounts, dir);
  const entries = mount ? listMount(input, mount, dir) : listUnion(input, dir);
  const names = new Set(entries.map((e) => e.name));
  for (const m of input.mounts) {
    const name = m.destination.slice(dir === '/' ? 1 : dir.length + 1);
    if (!m.destination.startsWith(dir === '/' ? '/' : `${dir}/`) || name.includes('/')) continue;
    if (name !== '' && !names.has(name)) entries.push(mountEntry(input, m, 'dir'));
  }
  entries.sort(byName);
  if (mount?.destination === dir) entries.push(...coveredAt(input, dir));
  return entries;
}

function byName(a: TreeEntry, b: TreeEntry): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** M2: what the union has at a mount's target stays there, hidden, until the mount goes. */
function coveredAt(input: TreeInput, target: string): TreeEntry[] {
  const covered = { kind: 'mount' as const, target };
  return listUnion({ ...input, mounts: [] }, target)
    .filter((e) => e.kind !== 'whiteout')
    .sort(byName)
    .map((e) => ({ ...e, covered }));
}

function entry(path: string, kind: EntryKind, init: Partial<TreeEntry>): TreeEntry {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return { path, name, depth: 0, kind, servedBy: { kind: 'writable' }, expanded: false, ...init };
}

function mountEntry(input: TreeInput, m: MountPoint, kind: EntryKind): TreeEntry {
  const hides = shadowed(input.stack, m.destination);
  return entry(m.destination, kind, {
    servedBy: { kind: 'mount', target: m.destination },
    ...(hides ? { hides } : {}),
  });
}

function listUnion(input: TreeInput, dir: string): TreeEntry[] {
  const { stack } = input;
  const hits = stackAt(stack, dir);
  if (hits[0]?.node.kind !== 'dir') return [];
  const { names, deleted } = namesAt(hits);
  const out: TreeEntry[] = [];
  for (const name of names) {
    const path = childPath(dir, name);
    const here = stackAt(stack, path);
    const top = here[0]!;
    const kind = top.node.kind;
    const mount = input.mounts.find((m) => m.destination === path);
    if (mount) {
      out.push(mountEntry(input, mount, kind));
      continue;
    }
    const init: Partial<TreeEntry> = { servedBy: top.source };
    if (kind === 'dir' && here.length > 1) init.merges = here.slice(1).map((h) => h.source);
    const opaque = kind === 'dir' && top.node.kind === 'dir' && top.node.opaque;
    if (kind !== 'dir' || opaque) {
      const hides = hiddenBy(stack, top.source, path);
      if (hides) init.hides = hides;
    }
    out.push(entry(path, kind, init));
  }
  for (const { name, source } of deleted) {
    const path = childPath(dir, name);
    const hides = hiddenBy(stack, source, path);
    if (hides) out.push(entry(path, 'whiteout', { servedBy: source, hides }));
  }
  return out;
}

function listMount(input: TreeInput, m: MountPoint, dir: string): TreeEntry[] {
  const rest = dir.slice(m.destination.length);
  const fs: FileSystem | undefined =
    m.type === 'volume' ? m.volume?.data : m.type === 'tmpfs' ? m.tmpfs : input.host;
  if (!fs) return [];
  const base = m.type === 'bind' ? m.source : '/';
  const at = rest === '' ? base : base === '/' ? rest : `${base}${rest}`;
  let names: string[];
  try {
    names = fs.readdir(at);
  } catch {
    return [];
  }
  return names.map((name) => {
    let kind: EntryKind = 'file';
    try {
      const k = fs.lstat(childPath(at, name)).kind;
      kind = k === 'chardev' ? 'file' : k;
    } catch {
      // listed but gone: shown as a file
    }
    const path = childPath(dir, name);
    const nested = input.mounts.find((n) => n.destination === path);
    if (nested) return mountEntry(input, nested, kind);
    return entry(path, kind, { servedBy: { kind: 'mount', target: m.destination } });
  });
}

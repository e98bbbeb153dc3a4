/** User and group names from /etc/passwd and /etc/group, read through the session's fs. */
import type { FileSystem } from './fs-lib';

export interface IdTable {
  byId: Map<number, string>;
  byName: Map<string, { id: number; gid: number }>;
}

function load(fs: FileSystem, path: string): IdTable {
  const t: IdTable = { byId: new Map(), byName: new Map() };
  let text: string;
  try {
    text = fs.readTextFile(path);
  } catch {
    return t;
  }
  for (const line of text.split('\n')) {
    const f = line.split(':');
    const id = Number(f[2]);
    if (f.length < 3 || f[0] === '' || !/^\d+$/.test(f[2] ?? '')) continue;
    if (!t.byId.has(id)) t.byId.set(id, f[0] as string);
    if (!t.byName.has(f[0] as string)) t.byName.set(f[0] as string, { id, gid: Number(f[3]) });
  }
  return t;
}

export interface Ids {
  user(uid: number): string | undefined;
  group(gid: number): string | undefined;
  uidOf(name: string): { id: number; gid: number } | undefined;
  gidOf(name: string): number | undefined;
}

/** Loads both files once per command run. */
export function loadIds(fs: FileSystem): Ids {
  const users = load(fs, '/etc/passwd');
  const groups = load(fs, '/etc/group');
  return {
    user: (uid) => users.byId.get(uid),
    group: (gid) => groups.byId.get(gid),
    uidOf: (name) => users.byName.get(name),
    gidOf: (name) => groups.byName.get(name)?.id,
  };
}

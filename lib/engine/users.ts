/** Resolves a container user spec ("", "name", "uid", "name:group", "uid:gid") against its /etc files. */
import type { FileSystem, Identity } from '../fs';
import { DaemonError } from './errors';

function table(fs: FileSystem, path: string): string[][] {
  try {
    return fs
      .readTextFile(path)
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split(':'));
  } catch {
    return [];
  }
}

export function resolveUser(
  fs: FileSystem,
  spec: string,
): Identity & { groups: number[]; home: string; name: string } {
  if (spec === '' || spec === 'root' || spec === '0')
    return { uid: 0, gid: 0, groups: [0], home: '/root', name: 'root' };
  const [user = '', group] = spec.split(':');
  const passwd = table(fs, '/etc/passwd');
  const entry = /^\d+$/.test(user)
    ? passwd.find((p) => p[2] === user)
    : passwd.find((p) => p[0] === user);
  if (!entry && !/^\d+$/.test(user))
    throw new DaemonError(
      `unable to find user ${user}: no matching entries in passwd file`,
      'system',
    );
  const uid = entry ? Number(entry[2]) : Number(user);
  let gid = entry ? Number(entry[3]) : 0;
  if (group !== undefined) {
    const groups = table(fs, '/etc/group');
    const g = /^\d+$/.test(group)
      ? groups.find((x) => x[2] === group)
      : groups.find((x) => x[0] === group);
    if (!g && !/^\d+$/.test(group))
      throw new DaemonError(
        `unable to find group ${group}: no matching entries in group file`,
        'system',
      );
    gid = g ? Number(g[2]) : Number(group);
  }
  const name = entry?.[0] ?? user;
  return { uid, gid, groups: supplementary(fs, name, gid), home: entry?.[5] ?? '/', name };
}

/**
 * The groups a container's process gets (runc): every /etc/group entry listing the user, or
 * else just the primary group, so `docker run --user 1000 alpine id` says `groups=0(root)`.
 */
function supplementary(fs: FileSystem, name: string, gid: number): number[] {
  const member = table(fs, '/etc/group')
    .filter((g) => (g[3] ?? '').split(',').includes(name))
    .map((g) => Number(g[2]));
  return member.length > 0 ? member : [gid];
}

/** /etc/passwd and /etc/group, read through the session's filesystem (id, whoami). */
import type { CommandContext } from '../../types';

export interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
}

export interface GroupEntry {
  name: string;
  gid: number;
  members: string[];
}

function readLines(ctx: CommandContext, path: string): string[][] {
  try {
    return ctx.fs
      .readTextFile(path)
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => l.split(':'));
  } catch {
    return [];
  }
}

export function readPasswd(ctx: CommandContext): PasswdEntry[] {
  return readLines(ctx, '/etc/passwd')
    .filter((f) => f.length >= 4 && /^\d+$/.test(f[2] ?? '') && /^\d+$/.test(f[3] ?? ''))
    .map((f) => ({ name: f[0] as string, uid: Number(f[2]), gid: Number(f[3]) }));
}

export function readGroups(ctx: CommandContext): GroupEntry[] {
  return readLines(ctx, '/etc/group')
    .filter((f) => f.length >= 3 && /^\d+$/.test(f[2] ?? ''))
    .map((f) => ({
      name: f[0] as string,
      gid: Number(f[2]),
      members: (f[3] ?? '').split(',').filter((m) => m !== ''),
    }));
}

export function userName(ctx: CommandContext, uid: number): string | undefined {
  return readPasswd(ctx).find((p) => p.uid === uid)?.name;
}

export function groupName(ctx: CommandContext, gid: number): string | undefined {
  return readGroups(ctx).find((g) => g.gid === gid)?.name;
}

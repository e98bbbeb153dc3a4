/**
 * BusyBox df inside a container: one row per line of /proc/mounts that has blocks (proc, sysfs,
 * devpts, cgroup and mqueue have none and are skipped), as a real container shows it: the
 * overlay root and the volumes and binds report the host disk, tmpfs mounts their size (64 MiB
 * for /dev and /dev/shm, size= when given, half the RAM otherwise).
 */
import { joinPath } from '../../../fs';
import type { CommandContext } from '../../types';
import { attempt } from './report';

/** The simulated machine's RAM is 8 GiB (MemTotal 8,140,368 kB): a tmpfs gets half by default. */
export const DEFAULT_TMPFS_KB = 4_070_184;
const NO_BLOCKS = new Set(['proc', 'sysfs', 'devpts', 'cgroup', 'cgroup2', 'mqueue']);
const MAX_ENTRIES = 20_000;

export interface MountLine {
  source: string;
  target: string;
  type: string;
  options: string;
}

/** The lines of /proc/mounts, or null when the filesystem has no /proc (a bare test root). */
export function readMounts(ctx: CommandContext): MountLine[] | null {
  const text = attempt(() => ctx.fs.readTextFile('/proc/mounts'));
  if (!text.ok) return null;
  return text.value
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const [source = '', target = '', type = '', options = ''] = l.split(' ');
      return { source, target, type, options };
    });
}

export interface DfRow {
  source: string;
  target: string;
  totalKb: number;
  usedKb: number;
  availKb: number;
}

/** KB used by the files under `dir` (what a tmpfs holds), walked with a bound. */
function usedUnder(ctx: CommandContext, dir: string): number {
  let bytes = 0;
  let budget = MAX_ENTRIES;
  const walk = (path: string) => {
    if (budget-- <= 0) return;
    const st = attempt(() => ctx.fs.lstat(path));
    if (!st.ok) return;
    if (st.value.kind === 'file') bytes += st.value.size;
    if (st.value.kind !== 'dir') return;
    const names = attempt(() => ctx.fs.readdir(path));
    if (names.ok) for (const n of names.value) walk(joinPath(path, n));
  };
  walk(dir);
  return Math.ceil(bytes / 4096) * 4;
}

/** Rows for every mount with blocks; `disk` gives the host disk's numbers. */
export function dfRows(
  ctx: CommandContext,
  mounts: readonly MountLine[],
  disk: () => { totalKb: number; usedKb: number; availKb: number },
): DfRow[] {
  const rows: DfRow[] = [];
  for (const m of mounts) {
    if (NO_BLOCKS.has(m.type)) continue;
    if (m.type !== 'tmpfs') {
      rows.push({ source: m.source, target: m.target, ...disk() });
      continue;
    }
    const size = /(?:^|,)size=(\d+)k/.exec(m.options);
    const totalKb = size ? Number(size[1]) : DEFAULT_TMPFS_KB;
    const user =
      !['/dev', '/dev/shm', '/sys/fs/cgroup'].includes(m.target) &&
      !/^\/(proc|sys)\//.test(m.target);
    const usedKb = user ? Math.min(totalKb, usedUnder(ctx, m.target)) : 0;
    rows.push({ source: m.source, target: m.target, totalKb, usedKb, availKb: totalKb - usedKb });
  }
  return rows;
}

/** The row of the mount holding `path` (the deepest target above it). */
export function rowFor(rows: readonly DfRow[], path: string): DfRow | undefined {
  let best: DfRow | undefined;
  for (const r of rows) {
    const under = r.target === '/' || path === r.target || path.startsWith(`${r.target}/`);
    if (under && (!best || r.target.length >= best.target.length)) best = r;
  }
  return best;
}

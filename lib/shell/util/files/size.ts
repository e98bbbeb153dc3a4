/**
 * Sizes as the tools print them. The simulated disk is ext4-like with 4096-byte blocks:
 * a file uses ceil(size/4096) blocks, a directory one, a symlink none (fast symlink).
 */
import type { Stat } from './fs-lib';

/** Allocated size in 1K units (what `ls -s`, `du` and "total" count). */
export function kbBlocks(st: Pick<Stat, 'kind' | 'size'>): number {
  if (st.kind === 'symlink') return 0;
  if (st.kind === 'dir') return 4;
  return Math.ceil(st.size / 4096) * 4;
}

const UNITS = 'KMGTPE';

/** GNU `-h` (ls, du, df): powers of 1024, rounded up, one decimal below 10. */
export function gnuHuman(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  let v = bytes;
  let u = -1;
  while (v >= 1024 && u < UNITS.length - 1) {
    v /= 1024;
    u++;
  }
  if (v < 10) {
    const t = Math.ceil(v * 10 - 1e-9) / 10;
    if (t < 10) return `${t.toFixed(1)}${UNITS[u]}`;
    v = 10;
  }
  const n = Math.ceil(v - 1e-9);
  if (n >= 1024 && u < UNITS.length - 1) return `1.0${UNITS[u + 1]}`;
  return `${n}${UNITS[u]}`;
}

/** BusyBox make_human_readable_str(size, 1, 0): tenths rounded to nearest, always one decimal. */
export function busyboxHuman(bytes: number, tenths = true): string {
  if (bytes === 0) return '0';
  let val = bytes;
  let frac = 0;
  let u = -1;
  while (val >= 1024 && u < UNITS.length - 1) {
    u++;
    frac = Math.floor(((val % 1024) * 10 + 512) / 1024);
    val = Math.floor(val / 1024);
  }
  if (frac >= 10) {
    val++;
    frac = 0;
  }
  if (u < 0) return String(val);
  if (!tenths) return `${frac >= 5 ? val + 1 : val}${UNITS[u]}`;
  return `${val}.${frac}${UNITS[u]}`;
}

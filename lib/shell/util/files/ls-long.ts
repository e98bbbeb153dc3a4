/** ls -l lines: GNU aligns every column to its widest value; BusyBox uses fixed printf widths. */
import type { Stat } from './fs-lib';
import { modeString } from './mode';
import type { Ids } from './ids';
import { busyboxHuman, gnuHuman, kbBlocks } from './size';
import { lsDate } from './time';

export interface LsEntry {
  /** Name as shown (already quoted/masked). */
  shown: string;
  /** Display width of `shown`. */
  width: number;
  st: Stat;
  /** Symlink target, shown after " -> " in long format (already quoted/masked). */
  target?: string;
  /** -F indicator of the entry (or of the symlink target in long format). */
  indicator: string;
  targetIndicator?: string;
  /** GNU: listed although lstat failed (a directory without search permission). */
  unknown?: string;
}

/**
 * What GNU ls shows for an entry it could not lstat: `-????????? ? ? ? ?  ? name`. The type
 * letter comes from readdir's d_type there; lib/fs's readdir has none, so it is '?' except
 * for "." and "..".
 */
export function unknownEntry(shown: string, type = '?'): LsEntry {
  const st = { kind: 'symlink', mode: 0, uid: 0, gid: 0, size: 0, mtime: 0, ino: 0, nlink: 0 };
  return { shown, width: shown.length, st: st as Stat, indicator: '', unknown: type };
}

export interface LongOptions {
  gnu: boolean;
  human: boolean;
  inode: boolean;
  size: boolean;
  now: number;
  ids: Ids;
}

function sizeText(st: Stat, o: LongOptions, minorWidth = 0): string {
  if (st.rdev) return `${st.rdev.major}, ${String(st.rdev.minor).padStart(minorWidth)}`;
  if (!o.human) return String(st.size);
  return o.gnu ? gnuHuman(st.size) : busyboxHuman(st.size);
}

function blocksText(st: Stat, o: LongOptions): string {
  const kb = kbBlocks(st);
  if (!o.human || !o.gnu) return String(kb); // BusyBox -s ignores -h
  return o.gnu ? gnuHuman(kb * 1024) : busyboxHuman(kb * 1024);
}

/** The "total N" line of a directory listing (1K blocks). */
export function totalLine(entries: readonly LsEntry[], o: Pick<LongOptions, 'gnu' | 'human'>) {
  const kb = entries.reduce((sum, e) => sum + kbBlocks(e.st), 0);
  if (!o.human) return `total ${kb}\n`;
  if (o.gnu) return `total ${gnuHuman(kb * 1024)}\n`;
  return `total ${busyboxHuman(kb * 1024, false).padEnd(7)}\n`;
}

function nameWithTarget(e: LsEntry, classify: boolean): string {
  let s = e.shown;
  if (e.target !== undefined) {
    s += ` -> ${e.target}`;
    if (classify) s += e.targetIndicator ?? '';
  } else if (classify) s += e.indicator;
  return s;
}

/** All long-format lines of one listing. */
export function longLines(
  entries: readonly LsEntry[],
  o: LongOptions,
  classify: boolean,
  /** GNU measures the file operands' columns together with the directory operands. */
  alsoMeasure: readonly LsEntry[] = [],
): string {
  if (!o.gnu) return entries.map((e) => busyboxLong(e, o, classify)).join('');
  // GNU aligns device minors among themselves ("1,  3" next to "1, 10")
  const minorWidth = Math.max(
    0,
    ...[...entries, ...alsoMeasure].map((e) => String(e.st.rdev?.minor ?? '').length),
  );
  const all = [...entries, ...alsoMeasure].map((e) => {
    if (e.unknown) {
      const q = '?';
      const mode = `${e.unknown}?????????`;
      const row = { ino: q, blocks: q, mode, nlink: q, user: q, group: q, size: q };
      return {
        ...row,
        userNumeric: false,
        groupNumeric: false,
        date: q.padStart(12),
        name: e.shown,
      };
    }
    const user = o.ids.user(e.st.uid);
    const group = o.ids.group(e.st.gid);
    return {
      ino: String(e.st.ino),
      blocks: blocksText(e.st, o),
      mode: modeString(e.st),
      nlink: String(e.st.nlink),
      user: user ?? String(e.st.uid),
      userNumeric: user === undefined,
      group: group ?? String(e.st.gid),
      groupNumeric: group === undefined,
      size: sizeText(e.st, o, minorWidth),
      date: lsDate(e.st.mtime, o.now, true),
      name: nameWithTarget(e, classify),
    };
  });
  const rows = all.slice(0, entries.length);
  const w = (f: (r: (typeof rows)[number]) => string) =>
    Math.max(0, ...all.map((r) => f(r).length));
  const [wi, wb, wn, wu, wg, ws] = [
    w((r) => r.ino),
    w((r) => r.blocks),
    w((r) => r.nlink),
    w((r) => r.user),
    w((r) => r.group),
    w((r) => r.size),
  ] as [number, number, number, number, number, number];
  const idCol = (text: string, numeric: boolean, width: number) =>
    numeric ? text.padStart(width) : text.padEnd(width);
  return rows
    .map((r) => {
      let line = '';
      if (o.inode) line += `${r.ino.padStart(wi)} `;
      if (o.size) line += `${r.blocks.padStart(wb)} `;
      line += `${r.mode} ${r.nlink.padStart(wn)} ${idCol(r.user, r.userNumeric, wu)} `;
      line += `${idCol(r.group, r.groupNumeric, wg)} ${r.size.padStart(ws)} ${r.date} ${r.name}\n`;
      return line;
    })
    .join('');
}

function busyboxLong(e: LsEntry, o: LongOptions, classify: boolean): string {
  let line = '';
  if (o.inode) line += `${String(e.st.ino).padStart(7)} `;
  if (o.size) line += `${blocksText(e.st, o).padStart(6)} `;
  const user = (o.ids.user(e.st.uid) ?? String(e.st.uid)).slice(0, 8).padEnd(8);
  const group = (o.ids.group(e.st.gid) ?? String(e.st.gid)).slice(0, 8).padEnd(8);
  line += `${modeString(e.st)} ${String(e.st.nlink).padStart(4)} ${user} ${group} `;
  if (e.st.rdev)
    line += `${String(e.st.rdev.major).padStart(4)},${String(e.st.rdev.minor).padStart(4)} `;
  else line += o.human ? `${sizeText(e.st, o).padStart(7)} ` : `${String(e.st.size).padStart(9)} `;
  return `${line}${lsDate(e.st.mtime, o.now, false)} ${nameWithTarget(e, classify)}\n`;
}

/** Short (non-long) prefix for -i / -s: GNU aligns to the widest, BusyBox uses %7 / %6. */
export function shortPrefix(entries: readonly LsEntry[], o: LongOptions): (e: LsEntry) => string {
  const wi = Math.max(0, ...entries.map((e) => String(e.st.ino).length));
  const wb = Math.max(0, ...entries.map((e) => blocksText(e.st, o).length));
  return (e) => {
    let s = '';
    if (o.inode)
      s += o.gnu ? `${String(e.st.ino).padStart(wi)} ` : `${String(e.st.ino).padStart(7)} `;
    if (o.size) s += `${blocksText(e.st, o).padStart(o.gnu ? wb : 6)} `;
    return s;
  };
}

/** `tar tv` lines: GNU's (user/group and size share a column that only grows) and BusyBox's. */
import type { Flavor } from '../../types';
import { modeString } from '../files/mode';
import type { Member } from './format';

/** GNU list.c keeps the width of "user/group size" across lines, starting at 19. */
export function newListing(): { ugswidth: number } {
  return { ugswidth: 19 };
}

const two = (n: number) => String(n).padStart(2, '0');

function date(ms: number, seconds: boolean): string {
  const d = new Date(ms);
  const day = `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
  return `${day} ${time}${seconds ? `:${two(d.getUTCSeconds())}` : ''}`;
}

function mode(m: Member): string {
  const kind = m.kind === 'hardlink' ? 'file' : m.kind;
  const text = modeString({ kind, mode: m.mode });
  return m.kind === 'hardlink' ? `h${text.slice(1)}` : text;
}

/** One verbose listing line, newline included. */
export function memberLine(state: { ugswidth: number }, m: Member, flavor: Flavor): string {
  const user = m.uname || String(m.uid);
  const group = m.gname || String(m.gid);
  const size = m.rdev ? `${m.rdev.major},${m.rdev.minor}` : String(m.data.length);
  let tail = '';
  if (m.kind === 'symlink') tail = ` -> ${m.linkname}`;
  if (m.kind === 'hardlink') tail = ` link to ${m.linkname}`;
  if (flavor !== 'bash')
    return `${mode(m)} ${user}/${group} ${size.padStart(9)} ${date(m.mtime, true)} ${m.name}${tail}\n`;
  const pad = user.length + 1 + group.length + 1 + size.length;
  if (pad > state.ugswidth) state.ugswidth = pad;
  const sized = size.padStart(state.ugswidth - pad + size.length);
  return `${mode(m)} ${user}/${group} ${sized} ${date(m.mtime, false)} ${m.name}${tail}\n`;
}

/** Mode strings (`drwxr-xr-x`) and chmod's octal/symbolic mode language. */
import type { Stat } from './fs-lib';

export function typeChar(kind: Stat['kind']): string {
  return kind === 'dir' ? 'd' : kind === 'symlink' ? 'l' : kind === 'chardev' ? 'c' : '-';
}

/** `-rw-r--r--` as ls -l and stat print it (setuid/setgid/sticky as s/S/t/T). */
export function modeString(st: Pick<Stat, 'kind' | 'mode'>): string {
  const m = st.kind === 'symlink' ? 0o777 : st.mode;
  const bit = (mask: number, ch: string) => (m & mask ? ch : '-');
  const special = (x: number, sp: number, on: string) => {
    const exec = (m & x) !== 0;
    if (m & sp) return exec ? on : on.toUpperCase();
    return exec ? 'x' : '-';
  };
  return (
    typeChar(st.kind) +
    bit(0o400, 'r') +
    bit(0o200, 'w') +
    special(0o100, 0o4000, 's') +
    bit(0o040, 'r') +
    bit(0o020, 'w') +
    special(0o010, 0o2000, 's') +
    bit(0o004, 'r') +
    bit(0o002, 'w') +
    special(0o001, 0o1000, 't')
  );
}

/** The session's umask (bash and sh both start with 022). */
export const UMASK = 0o022;

/**
 * Applies a chmod MODE (octal, or comma-separated symbolic clauses such as `u+x,go-w`,
 * `a=r`, `+x`) to `mode`. Returns null when the mode text is invalid.
 */
export function applyMode(text: string, mode: number, isDir: boolean): number | null {
  if (/^[0-7]+$/.test(text)) {
    const n = parseInt(text, 8);
    if (n > 0o7777) return null;
    // GNU keeps a directory's setuid/setgid bits unless 5+ digits say otherwise.
    const keep = isDir && text.length < 5 ? mode & 0o6000 : 0;
    return n | keep;
  }
  let cur = mode & 0o7777;
  for (const clause of text.split(',')) {
    const m = /^([ugoa]*)((?:[-+=](?:[rwxXst]*|[ugo]))+)$/.exec(clause);
    if (!m) return null;
    const whoText = m[1] as string;
    let who = 0;
    for (const w of whoText) {
      if (w === 'u') who |= 0o4700;
      if (w === 'g') who |= 0o2070;
      if (w === 'o') who |= 0o1007;
      if (w === 'a') who |= 0o7777;
    }
    const implicit = who === 0;
    if (implicit) who = 0o7777;
    for (const op of (m[2] as string).match(/[-+=][^-+=]*/g) ?? []) {
      const sign = op[0];
      const perms = op.slice(1);
      let bits = 0;
      if (/^[ugo]$/.test(perms)) {
        const shift = perms === 'u' ? 6 : perms === 'g' ? 3 : 0;
        const v = (cur >> shift) & 7;
        bits = (v << 6) | (v << 3) | v;
      } else {
        for (const p of perms) {
          if (p === 'r') bits |= 0o444;
          if (p === 'w') bits |= 0o222;
          if (p === 'x') bits |= 0o111;
          if (p === 'X' && (isDir || cur & 0o111)) bits |= 0o111;
          if (p === 's') bits |= 0o6000;
          if (p === 't') bits |= 0o1000;
        }
      }
      let affected = bits & who;
      if (implicit) affected &= ~UMASK;
      if (sign === '+') cur |= affected;
      else if (sign === '-') cur &= ~affected;
      else {
        const clear = implicit ? 0o7777 & ~UMASK : who;
        cur = (cur & ~(clear & (isDir ? ~0o6000 : 0o7777))) | affected;
      }
    }
  }
  return cur;
}

/** The replacing half of sed's `s` command. */
import type { SedCmd } from './types';

// The `nth` (and with g every later) match of `r` in `ps` replaced, or null when none was.
// Own loop: POSIX skips an empty match right after a previous match (s/x*/-/g on "x" gives "-"),
// where String.replace would give "--".
export function replaceMatches(ps: string, r: RegExp, c: SedCmd): string | null {
  const nth = c.nth ?? 1;
  let count = 0;
  let did = false;
  let result = '';
  let from = 0;
  let prevEnd = -1;
  r.lastIndex = 0;
  for (let m = r.exec(ps); m !== null; m = r.exec(ps)) {
    const at = m.index;
    const whole = m[0];
    if (whole === '') r.lastIndex++;
    if (whole === '' && at === prevEnd) continue;
    count++;
    prevEnd = at + whole.length;
    if (count < nth) continue;
    result += ps.slice(from, at);
    result += (c.repl ?? [])
      .map((p) => (typeof p === 'string' ? p : p === 0 ? whole : (m[p] ?? '')))
      .join('');
    from = prevEnd;
    did = true;
    if (!c.global || r.lastIndex > ps.length) break;
  }
  return did ? result + ps.slice(from) : null;
}

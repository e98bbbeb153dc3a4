import { gnuQuote } from '../quote';
import type { Command, CommandContext } from '../types';
import { missingOperand, parseOrFail } from '../util/args/file-args';
import { attempt, report, why } from '../util/files/report';

/** touch -d: `YYYY-MM-DD[ HH:MM[:SS]]` (GNU also `T` between, and `@SECONDS`), in UTC. */
function parseDate(text: string, gnu: boolean, now: number): number | null {
  if (gnu && /^@\d+$/.test(text)) return Number(text.slice(1)) * 1000;
  const sep = gnu ? '[ T]' : ' ';
  const m = new RegExp(
    `^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:${sep}(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$`,
  ).exec(text.trim());
  if (!m) return null;
  // BusyBox keeps the current time of day when only a date is given (recorded).
  const clock = new Date(now);
  const keep = !gnu && m[4] === undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v, i) => {
    if (keep && i === 3) return clock.getUTCHours();
    if (keep && i === 4) return clock.getUTCMinutes();
    if (keep && i === 5) return clock.getUTCSeconds();
    return Number(v ?? 0);
  }) as number[];
  return utc(y as number, mo as number, d as number, h as number, mi as number, s as number);
}

/** touch -t: `[[CC]YY]MMDDhhmm[.ss]`. */
function parseStamp(text: string, now: number): number | null {
  const m = /^(\d{2}|\d{4})?(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{2}))?$/.exec(text);
  if (!m) return null;
  let year = m[1] === undefined ? new Date(now).getUTCFullYear() : Number(m[1]);
  if (m[1]?.length === 2) year += year < 69 ? 2000 : 1900;
  return utc(year, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
}

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

/**
 * touch [-c] [-a] [-m] [-d DATE] [-t STAMP] [-r FILE] FILE... — creates missing files and
 * sets the mtime (now, or the given time). GNU: cannot touch 'x': ERR · BusyBox: x: ERR
 */
export const touch: Command = {
  name: 'touch',
  run(ctx: CommandContext) {
    const gnu = ctx.flavor === 'bash';
    const p = parseOrFail(ctx, {
      flags: 'camhdtr',
      withValue: 'dtr',
      long: { 'no-create': 'c', date: 'd', reference: 'r' },
    });
    if ('status' in p) return p.status;
    const { flags, operands, values } = p.opts;
    let when: number | undefined;
    const bad = (text: string) =>
      report(ctx, `invalid date format ${gnuQuote(text)}`, `invalid date '${text}'`);
    const d = values.get('d');
    const t = values.get('t');
    const r = values.get('r');
    if (d !== undefined) {
      const v = parseDate(d, gnu, ctx.now());
      if (v === null) return bad(d);
      when = v;
    }
    if (t !== undefined) {
      const v = parseStamp(t, ctx.now());
      if (v === null) return bad(t);
      when = v;
    }
    if (r !== undefined) {
      const st = attempt(() => ctx.fs.stat(ctx.resolve(r)));
      if (!st.ok) {
        const text = why(st.error);
        return report(
          ctx,
          `failed to get attributes of ${gnuQuote(r)}: ${text}`,
          `can't stat '${r}': ${text}`,
        );
      }
      when = st.value.mtime;
    }
    if (operands.length === 0) return missingOperand(ctx, 'missing file operand');
    let status = 0;
    for (const arg of operands) {
      const path = ctx.resolve(arg);
      const res = attempt(() => {
        if (!ctx.fs.exists(path) && !arg.endsWith('/')) {
          if (flags.has('c')) return;
          ctx.fs.appendFile(path, '');
          if (when === undefined) return;
        }
        ctx.fs.utimes(path, when);
      });
      if (!res.ok) {
        if (flags.has('c') && res.error.code === 'ENOENT') continue;
        const text = why(res.error);
        status = report(ctx, `cannot touch ${gnuQuote(arg)}: ${text}`, `${arg}: ${text}`);
      }
    }
    return status;
  },
};

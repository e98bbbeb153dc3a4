/**
 * tr's SET syntax: escapes, ranges, [:class:], [=c=] and (GNU only) [c*n] repeats in SET2.
 * Sets expand to arrays of characters; errors carry GNU's wording.
 */

const CLASS_CHARS: Record<string, string> = {};
{
  const range = (a: number, b: number) =>
    Array.from({ length: b - a + 1 }, (_, i) => String.fromCharCode(a + i)).join('');
  const all = range(0, 127);
  const pick = (re: RegExp) => [...all].filter((c) => re.test(c)).join('');
  Object.assign(CLASS_CHARS, {
    alpha: pick(/[A-Za-z]/),
    digit: range(48, 57),
    alnum: pick(/[0-9A-Za-z]/),
    upper: range(65, 90),
    lower: range(97, 122),
    space: '\t\n\v\f\r ',
    blank: '\t ',
    punct: pick(/[!-/:-@[-`{-~]/),
    print: range(32, 126),
    graph: range(33, 126),
    cntrl: `${range(0, 31)}\x7f`,
    xdigit: pick(/[0-9A-Fa-f]/),
  });
}

const ESC: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
};

export interface TrSet {
  chars: string[];
  /** Index in `chars` where each [:upper:]/[:lower:] started (for alignment checks). */
  cases: Map<number, string>;
  /** Index of a [c*] fill (GNU, SET2 only), to be widened to SET1's length. */
  fill: number | null;
}

export class TrError {
  constructor(readonly message: string) {}
}

/** Unescaped characters of a set with a flag saying which were written escaped. */
function unescape(s: string): { ch: string; esc: boolean }[] {
  const out: { ch: string; esc: boolean }[] = [];
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (c !== '\\' || i + 1 >= chars.length) {
      out.push({ ch: c, esc: false });
      continue;
    }
    const n = chars[i + 1] as string;
    if (/[0-7]/.test(n)) {
      let digits = '';
      while (digits.length < 3 && /[0-7]/.test(chars[i + 1 + digits.length] ?? '')) {
        digits += chars[i + 1 + digits.length];
      }
      out.push({ ch: String.fromCharCode(parseInt(digits, 8) & 0xff), esc: true });
      i += digits.length;
    } else {
      out.push({ ch: ESC[n] ?? n, esc: true });
      i++;
    }
  }
  return out;
}

export function parseSet(s: string, gnu: boolean, second: boolean): TrSet {
  const u = unescape(s);
  const set: TrSet = { chars: [], cases: new Map(), fill: null };
  const text = (a: number, b: number) =>
    u
      .slice(a, b)
      .map((x) => x.ch)
      .join('');
  for (let i = 0; i < u.length; i++) {
    const { ch, esc } = u[i] as { ch: string; esc: boolean };
    if (ch === '[' && !esc) {
      const kind = u[i + 1]?.ch;
      if (kind === ':' || kind === '=') {
        let close = -1;
        for (let j = i + 2; j + 1 < u.length; j++) {
          if (u[j]?.ch === kind && u[j + 1]?.ch === ']') {
            close = j;
            break;
          }
        }
        if (close > i + 2 || (close === i + 2 && kind === '=')) {
          const name = text(i + 2, close);
          if (kind === ':') {
            const cls = CLASS_CHARS[name];
            if (cls === undefined) {
              if (gnu) throw new TrError(`tr: invalid character class '${name}'\n`);
              i = close + 1;
              continue;
            }
            if (second && gnu && name !== 'upper' && name !== 'lower') {
              throw new TrError(
                "tr: the only character classes that may appear in string2 are 'upper' and 'lower'\n",
              );
            }
            if (name === 'upper' || name === 'lower') set.cases.set(set.chars.length, name);
            set.chars.push(...cls);
          } else set.chars.push(name);
          i = close + 1;
          continue;
        }
      }
      if (gnu && second) {
        let j = i + 2;
        if (u[i + 2]?.ch === '*') {
          while (j + 1 < u.length && /\d/.test(u[j + 1]?.ch ?? '')) j++;
          if (u[j + 1]?.ch === ']' && u[i + 1] !== undefined) {
            const count = text(i + 3, j + 1);
            const c = (u[i + 1] as { ch: string }).ch;
            if (count === '' || Number(count) === 0) set.fill = set.chars.length;
            set.chars.push(...c.repeat(count === '' || Number(count) === 0 ? 1 : Number(count)));
            i = j + 1;
            continue;
          }
        }
      }
    }
    const next = u[i + 1];
    const hi = u[i + 2];
    if (next !== undefined && next.ch === '-' && !next.esc && hi !== undefined) {
      const a = ch.codePointAt(0) as number;
      const b = hi.ch.codePointAt(0) as number;
      if (b < a) {
        if (gnu) {
          throw new TrError(
            `tr: range-endpoints of '${ch}-${hi.ch}' are in reverse collating sequence order\n`,
          );
        }
      }
      for (let c = a; c <= b; c++) set.chars.push(String.fromCodePoint(c));
      i += 2;
      continue;
    }
    set.chars.push(ch);
  }
  return set;
}

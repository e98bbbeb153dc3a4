/**
 * POSIX basic/extended regular expressions (with the GNU extensions \+ \? \| \< \> \w \s
 * \b) translated to JavaScript RegExp source, with GNU's error texts. Differences that
 * remain: JS alternation is leftmost-first where POSIX is leftmost-longest (`-o`, `s///`
 * may pick a shorter match), and backreferences to unset groups match empty.
 * Guard: `(X+)+`, `(X*)*` and friends (the textbook catastrophic-backtracking shapes) are
 * rewritten to an equivalent single quantifier, so they cannot hang the tab.
 */

export type RegexResult =
  { ok: true; source: string; groups: number; warnings: string[] } | { ok: false; error: string };

export interface RegexOptions {
  extended: boolean;
  /** sed: \n \t and friends are escapes, not literals. */
  sed?: boolean;
}

const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: '0-9a-zA-Z',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  print: ' -~',
  graph: '!-~',
  cntrl: '\\x00-\\x1f\\x7f',
  xdigit: '0-9A-Fa-f',
};

const JS_SPECIAL = /[\\^$.*+?()[\]{}|/]/;
const escapeChar = (c: string) => (JS_SPECIAL.test(c) ? `\\${c}` : c);
const escapeInClass = (c: string) => (/[\\\]^[-]/.test(c) ? `\\${c}` : c);

interface Atom {
  src: string;
  /** Can take a quantifier. */
  quantifiable: boolean;
  /** The quantifier it ends in, and its source without it. */
  quant?: string;
  base?: string;
  /** A group whose whole content is one atom with an unbounded quantifier ('*' or '+'). */
  innerUnbounded?: string;
}

class Fail {
  constructor(readonly message: string) {}
}

const SED_ESCAPES: Record<string, string> = {
  n: '\\n',
  t: '\\t',
  r: '\\r',
  f: '\\f',
  v: '\\v',
  a: '\\x07',
};

function parseBracket(p: string, start: number): { src: string; end: number } {
  let i = start + 1;
  if (i >= p.length) throw new Fail('Invalid regular expression');
  let neg = false;
  if (p[i] === '^') {
    neg = true;
    i++;
  }
  const items: string[] = [];
  let first = true;
  for (;;) {
    if (i >= p.length) throw new Fail('Unmatched [, [^, [:, [., or [=');
    const c = p[i] as string;
    if (c === ']' && !first) break;
    first = false;
    let lo: string;
    if (c === '[' && /[:=.]/.test(p[i + 1] ?? '')) {
      const kind = p[i + 1] as string;
      const close = p.indexOf(`${kind}]`, i + 2);
      if (close < 0) throw new Fail('Unmatched [, [^, [:, [., or [=');
      const name = p.slice(i + 2, close);
      i = close + 2;
      if (kind === ':') {
        const cls = CLASSES[name];
        if (cls === undefined) throw new Fail('Invalid character class name');
        items.push(cls);
        continue;
      }
      if ([...name].length !== 1) throw new Fail('Invalid collation character');
      lo = name;
    } else {
      lo = String.fromCodePoint(p.codePointAt(i) as number);
      i += lo.length;
    }
    if (p[i] === '-' && p[i + 1] !== undefined && p[i + 1] !== ']') {
      let hi = String.fromCodePoint(p.codePointAt(i + 1) as number);
      i += 1 + hi.length;
      if (hi === '[' && p[i] === '.') {
        const close = p.indexOf('.]', i + 1);
        if (close < 0) throw new Fail('Unmatched [, [^, [:, [., or [=');
        hi = p.slice(i + 1, close);
        i = close + 2;
      }
      if ((hi.codePointAt(0) as number) < (lo.codePointAt(0) as number)) {
        throw new Fail('Invalid range end');
      }
      items.push(`${escapeInClass(lo)}-${escapeInClass(hi)}`);
    } else items.push(escapeInClass(lo));
  }
  return { src: `[${neg ? '^' : ''}${items.join('')}]`, end: i };
}

export function translateRegex(pattern: string, options: RegexOptions): RegexResult {
  try {
    return translate(pattern, options);
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: e.message };
    throw e;
  }
}

function translate(p: string, { extended: ere, sed = false }: RegexOptions): RegexResult {
  const warnings: string[] = [];
  const stack: Atom[][] = [[]];
  let groups = 0;
  let closed = 0;
  const frame = () => stack[stack.length - 1] as Atom[];
  const atStart = () => {
    const f = frame();
    const last = f[f.length - 1];
    return last === undefined || last.src === '|' || (last.src === '^' && !last.quantifiable);
  };
  const push = (src: string, quantifiable = true) => frame().push({ src, quantifiable });
  const quantify = (q: string, label: string) => {
    const f = frame();
    const last = f[f.length - 1];
    if (last === undefined || !last.quantifiable) {
      if (!ere) {
        if (q === '*') return push('\\*');
        throw new Fail('Invalid preceding regular expression');
      }
      warnings.push(`${label} at start of expression`);
      return;
    }
    if (last.innerUnbounded !== undefined && (q === '*' || q === '+')) {
      // (X+)+ → (X+), (X+)* → (X+)?, (X*)+ and (X*)* → (X*): same language, no blow-up.
      if (last.innerUnbounded === '+' && q === '*') last.src += '?';
      last.quant = last.innerUnbounded === '+' && q === '*' ? '?' : '*';
      last.base = last.src;
      last.innerUnbounded = undefined;
      return;
    }
    if (last.quant !== undefined) {
      if ('*+?'.includes(last.quant) && '*+?'.includes(q)) {
        // a** → a*, a+? → a*: never nest simple quantifiers (nested ones can backtrack
        // exponentially).
        const both = last.quant === q ? q : '*';
        last.src = `${last.base ?? last.src}${both}`;
        last.quant = both;
        return;
      }
      last.src = `(?:${last.src})`;
    }
    last.base = last.src;
    last.src += q;
    last.quant = q;
  };
  const interval = (i: number, close: string): { q: string; end: number } | null => {
    const m = new RegExp(`^(\\d*)(,(\\d*))?${close.replace(/[\\{}]/g, '\\$&')}`).exec(p.slice(i));
    if (m === null || (m[1] === '' && !ere && m[2] === undefined)) {
      if (ere) return null;
      if (p.indexOf('\\}', i) < 0) throw new Fail('Unmatched \\{');
      throw new Fail('Invalid content of \\{\\}');
    }
    const lo = m[1] === '' ? 0 : Number(m[1]);
    const hi = m[2] === undefined ? lo : m[3] === '' ? Infinity : Number(m[3]);
    if (hi < lo) throw new Fail('Invalid content of \\{\\}');
    if (lo > 32767 || (hi !== Infinity && hi > 32767)) throw new Fail('Regular expression too big');
    return {
      q: `{${lo}${m[2] === undefined ? '' : `,${hi === Infinity ? '' : hi}`}}`,
      end: i + m[0].length,
    };
  };
  const openGroup = () => {
    groups++;
    stack.push([]);
  };
  const closeGroup = () => {
    if (stack.length === 1) throw new Fail('Unmatched ) or \\)');
    const inner = stack.pop() as Atom[];
    closed++;
    const only = inner.length === 1 ? inner[0] : undefined;
    frame().push({
      src: `(${inner.map((a) => a.src).join('')})`,
      quantifiable: true,
      innerUnbounded: only?.quant === '*' || only?.quant === '+' ? only.quant : undefined,
    });
  };
  for (let i = 0; i < p.length; i++) {
    const c = p[i] as string;
    if (c === '\\') {
      if (i + 1 >= p.length) throw new Fail('Trailing backslash');
      const n = p[++i] as string;
      if (!ere && n === '(') openGroup();
      else if (!ere && n === ')') closeGroup();
      else if (!ere && n === '|') push('|', false);
      else if (!ere && (n === '+' || n === '?')) quantify(n, n);
      else if (!ere && n === '{') {
        const iv = interval(i + 1, '\\}') as { q: string; end: number };
        quantify(iv.q, '{...}');
        i = iv.end - 1;
      } else if (/[1-9]/.test(n)) {
        if (Number(n) > closed) throw new Fail('Invalid back reference');
        push(`\\${n}`);
      } else if (n === '<') push('\\b(?=\\w)', false);
      else if (n === '>') push('\\b(?<=\\w)', false);
      else if (n === 'b' || n === 'B') push(`\\${n}`, false);
      else if ('wWsS'.includes(n)) push(`\\${n}`);
      else if (n === '`') push('^', false);
      else if (n === "'") push('$', false);
      else if (sed && n in SED_ESCAPES) push(SED_ESCAPES[n] as string);
      else push(escapeChar(n));
      continue;
    }
    if (c === '[') {
      const b = parseBracket(p, i);
      push(b.src);
      i = b.end;
    } else if (c === '.') push('.');
    else if (c === '*') {
      if (!ere && atStart()) push('\\*');
      else quantify('*', '*');
    } else if (ere && (c === '+' || c === '?')) quantify(c, c);
    else if (ere && c === '{') {
      const iv = interval(i + 1, '}');
      if (iv === null) push('\\{');
      else {
        quantify(iv.q, '{...}');
        i = iv.end - 1;
      }
    } else if (ere && c === '(') openGroup();
    else if (ere && c === ')' && stack.length > 1) closeGroup();
    else if (ere && c === '|') push('|', false);
    else if (c === '^' && (ere || atStart())) push('^', false);
    else if (
      c === '$' &&
      (ere || i === p.length - 1 || p.startsWith('\\)', i + 1) || p.startsWith('\\|', i + 1))
    ) {
      push('$', false);
    } else push(escapeChar(c));
  }
  if (stack.length > 1) throw new Fail('Unmatched ( or \\(');
  const source = (stack[0] as Atom[]).map((a) => a.src).join('');
  return { ok: true, source, groups, warnings };
}

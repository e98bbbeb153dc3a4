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

function translate(p: string, { extended, sed = false }: RegexOptions): RegexResult {
  return new Translator(p, extended, sed).run();
}

/** POSIX BRE/ERE to a JavaScript RegExp source, atom by atom; groups nest as frames. */
class Translator {
  private readonly warnings: string[] = [];
  private readonly stack: Atom[][] = [[]];
  private groups = 0;
  private closed = 0;
  private i = 0;

  constructor(
    private readonly p: string,
    private readonly ere: boolean,
    private readonly sed: boolean,
  ) {}

  run(): RegexResult {
    const p = this.p;
    for (this.i = 0; this.i < p.length; this.i++) {
      const c = p[this.i] as string;
      if (c === '\\') this.escaped();
      else this.plain(c);
    }
    if (this.stack.length > 1) throw new Fail('Unmatched ( or \\(');
    const source = (this.stack[0] as Atom[]).map((a) => a.src).join('');
    return { ok: true, source, groups: this.groups, warnings: this.warnings };
  }

  private frame(): Atom[] {
    return this.stack[this.stack.length - 1] as Atom[];
  }

  private atStart(): boolean {
    const f = this.frame();
    const last = f[f.length - 1];
    return last === undefined || last.src === '|' || (last.src === '^' && !last.quantifiable);
  }

  private push(src: string, quantifiable = true): void {
    this.frame().push({ src, quantifiable });
  }

  /** A backslash and the character after it. */
  private escaped(): void {
    const { p, ere } = this;
    if (this.i + 1 >= p.length) throw new Fail('Trailing backslash');
    const n = p[++this.i] as string;
    if (!ere && n === '(') this.openGroup();
    else if (!ere && n === ')') this.closeGroup();
    else if (!ere && n === '|') this.push('|', false);
    else if (!ere && (n === '+' || n === '?')) this.quantify(n, n);
    else if (!ere && n === '{') {
      const iv = this.interval(this.i + 1, '\\}') as { q: string; end: number };
      this.quantify(iv.q, '{...}');
      this.i = iv.end - 1;
    } else if (/[1-9]/.test(n)) {
      if (Number(n) > this.closed) throw new Fail('Invalid back reference');
      this.push(`\\${n}`);
    } else this.escapedLiteral(n);
  }

  /** `\<`, `\>`, `\b`, `\w`, … and GNU sed's `\n`, `\t`; any other escaped char is itself. */
  private escapedLiteral(n: string): void {
    if (n === '<') this.push('\\b(?=\\w)', false);
    else if (n === '>') this.push('\\b(?<=\\w)', false);
    else if (n === 'b' || n === 'B') this.push(`\\${n}`, false);
    else if ('wWsS'.includes(n)) this.push(`\\${n}`);
    else if (n === '`') this.push('^', false);
    else if (n === "'") this.push('$', false);
    else if (this.sed && n in SED_ESCAPES) this.push(SED_ESCAPES[n] as string);
    else this.push(escapeChar(n));
  }

  /** A character without a backslash: special in ERE, mostly literal in BRE. */
  private plain(c: string): void {
    const { p, ere } = this;
    if (c === '[') {
      const b = parseBracket(p, this.i);
      this.push(b.src);
      this.i = b.end;
    } else if (c === '.') this.push('.');
    else if (c === '*') {
      if (!ere && this.atStart()) this.push('\\*');
      else this.quantify('*', '*');
    } else if (ere && (c === '+' || c === '?')) this.quantify(c, c);
    else if (ere && c === '{') this.ereInterval();
    else if (ere && c === '(') this.openGroup();
    else if (ere && c === ')' && this.stack.length > 1) this.closeGroup();
    else if (ere && c === '|') this.push('|', false);
    else if (c === '^' && (ere || this.atStart())) this.push('^', false);
    else if (c === '$' && (ere || this.anchorsEnd())) this.push('$', false);
    else this.push(escapeChar(c));
  }

  /** BRE: `$` anchors only at the end of the pattern or of a group or alternative. */
  private anchorsEnd(): boolean {
    const { p, i } = this;
    return i === p.length - 1 || p.startsWith('\\)', i + 1) || p.startsWith('\\|', i + 1);
  }

  /** ERE `{`: an interval, or a literal brace when it is not one. */
  private ereInterval(): void {
    const iv = this.interval(this.i + 1, '}');
    if (iv === null) return this.push('\\{');
    this.quantify(iv.q, '{...}');
    this.i = iv.end - 1;
  }

  private quantify(q: string, label: string): void {
    const f = this.frame();
    const last = f[f.length - 1];
    if (last === undefined || !last.quantifiable) {
      if (!this.ere) {
        if (q === '*') return this.push('\\*');
        throw new Fail('Invalid preceding regular expression');
      }
      this.warnings.push(`${label} at start of expression`);
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
  }

  private interval(i: number, close: string): { q: string; end: number } | null {
    const { p, ere } = this;
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
  }

  private openGroup(): void {
    this.groups++;
    this.stack.push([]);
  }

  private closeGroup(): void {
    if (this.stack.length === 1) throw new Fail('Unmatched ) or \\)');
    const inner = this.stack.pop() as Atom[];
    this.closed++;
    const only = inner.length === 1 ? inner[0] : undefined;
    this.frame().push({
      src: `(${inner.map((a) => a.src).join('')})`,
      quantifiable: true,
      innerUnbounded: only?.quant === '*' || only?.quant === '+' ? only.quant : undefined,
    });
  }
}

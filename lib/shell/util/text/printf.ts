/**
 * printf(1) as the bash and BusyBox ash builtins do it: %s %b %q %c %d %i %u %o %x %X
 * %e %f %g (and upper-case forms) with flags, width, precision and `*`; escapes in the
 * format; the format is reused while arguments remain. Integers are 64-bit (BigInt).
 */
import type { Flavor } from '../../types';
import { expandEscapes } from './escape';
import { MAX_OUTPUT_BYTES } from '../../io';
import { printfQ } from '../../quote';

export interface PrintfResult {
  out: string;
  err: string;
  status: number;
}

const INT_MAX = (1n << 63n) - 1n;
const INT_MIN = -(1n << 63n);

/** strtoimax(s, &end, 0) plus the shells' 'c / "c character form. */
function parseInteger(arg: string, flavor: Flavor): { value: bigint; ok: boolean } {
  if (/^['"]/.test(arg)) return { value: BigInt(arg.codePointAt(1) ?? 0), ok: true };
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(arg);
  if (m === null) return { value: 0n, ok: arg === '' && flavor === 'bash' };
  const digits = m[2] as string;
  let value = /^0[xX]/.test(digits)
    ? BigInt(digits)
    : digits.startsWith('0')
      ? BigInt(`0o${digits}`)
      : BigInt(digits);
  if (m[1] === '-') value = -value;
  const whole = m[0].length === arg.length;
  if (value > INT_MAX) value = INT_MAX;
  if (value < INT_MIN) value = INT_MIN;
  if (flavor === 'busybox' && !whole) return { value: 0n, ok: false };
  return { value, ok: whole };
}

function parseFloatArg(arg: string, flavor: Flavor): { value: number; ok: boolean } {
  if (/^['"]/.test(arg)) return { value: arg.codePointAt(1) ?? 0, ok: true };
  const m = /^\s*[+-]?(\d+\.?\d*(e[+-]?\d+)?|\.\d+(e[+-]?\d+)?|inf(inity)?|nan)/i.exec(arg);
  if (m === null) return { value: 0, ok: arg === '' && flavor === 'bash' };
  const value = Number(m[0].trim().replace(/^([+-]?)inf(inity)?$/i, '$1Infinity'));
  return { value: Number.isNaN(value) ? NaN : value, ok: m[0].length === arg.length };
}

/** Widths and precisions are capped: output past the 1 MiB command cap is dropped anyway. */
const MAX_FIELD = MAX_OUTPUT_BYTES + 1;

/** toFixed/toExponential stop at 100 digits; C goes on (the extra digits are zeros here). */
function digits100(s: string, prec: number): string {
  if (prec <= 100) return s;
  const [mant, exp] = s.split('e');
  return `${mant}${'0'.repeat(Math.min(prec, MAX_FIELD) - 100)}${exp === undefined ? '' : `e${exp}`}`;
}

function pad(body: string, width: number, left: boolean, zero: boolean, sign = ''): string {
  width = Math.min(width, MAX_FIELD);
  const len = sign.length + body.length;
  if (len >= width) return sign + body;
  if (left) return sign + body + ' '.repeat(width - len);
  if (zero) return sign + '0'.repeat(width - len) + body;
  return ' '.repeat(width - len) + sign + body;
}

function expForm(v: number, prec: number, upper: boolean): string {
  const s = digits100(v.toExponential(Math.min(prec, 100)), prec);
  const [mant, exp = '0'] = s.split('e');
  const e = Number(exp);
  const out = `${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  return upper ? out.toUpperCase() : out;
}

function formatFloat(v: number, conv: string, prec: number | undefined, alt: boolean): string {
  const upper = conv === conv.toUpperCase();
  if (!Number.isFinite(v)) {
    const s = Number.isNaN(v) ? 'nan' : 'inf';
    return upper ? s.toUpperCase() : s;
  }
  const a = Math.abs(v);
  const p = prec ?? 6;
  if (conv === 'f' || conv === 'F') return digits100(a.toFixed(Math.min(p, 100)), p);
  if (conv === 'e' || conv === 'E') return expForm(a, p, upper);
  const P = Math.min(p === 0 ? 1 : p, 100);
  const x = a === 0 ? 0 : Number(a.toExponential(P - 1).split('e')[1]);
  let s = P > x && x >= -4 ? a.toFixed(P - 1 - x) : expForm(a, P - 1, upper);
  if (!alt && s.includes('.')) s = s.replace(/\.?0*(?=$|[eE])/, '');
  return s;
}

export function formatPrintf(
  format: string,
  args: readonly string[],
  flavor: Flavor,
): PrintfResult {
  return new Printf(format, args, flavor).run();
}

/** Width, precision and flags of one conversion. */
interface Field {
  flags: string;
  leftAdj: boolean;
  width: number;
  prec: number | undefined;
}

/** One printf: the format is reused until the arguments run out; `\c` or an error stops it. */
class Printf {
  private readonly bash: boolean;
  private readonly prefix: string;
  private out = '';
  private err = '';
  private status = 0;
  private argi = 0;
  private stopped = false;

  constructor(
    private readonly format: string,
    private readonly args: readonly string[],
    private readonly flavor: Flavor,
  ) {
    this.bash = flavor === 'bash';
    this.prefix = this.bash ? 'bash: printf: ' : 'sh: ';
  }

  run(): PrintfResult {
    for (;;) {
      const startArg = this.argi;
      this.pass();
      if (this.stopped) break;
      if (this.argi >= this.args.length || this.argi === startArg) break;
    }
    return { out: this.out, err: this.err, status: this.status };
  }

  /** The format once; escapes and conversions return the index of their last character. */
  private pass(): void {
    const format = this.format;
    for (let i = 0; i < format.length && !this.stopped; i++) {
      const ch = format[i] as string;
      if (ch === '\\') i = this.escape(i);
      else if (ch !== '%') this.out += ch;
      else i = this.conversion(i);
    }
  }

  private next(): string | undefined {
    return this.argi < this.args.length ? this.args[this.argi++] : undefined;
  }

  private badNumber(a: string): void {
    this.err += this.bash
      ? `${this.prefix}${a}: invalid number\n`
      : `${this.prefix}invalid number '${a}'\n`;
    this.status = 1;
  }

  private intArg(): bigint {
    const a = this.next();
    if (a === undefined && this.bash) return 0n;
    const r = parseInteger(a ?? '', this.flavor);
    if (!r.ok) this.badNumber(a ?? '');
    return r.value;
  }

  private escape(i: number): number {
    const m =
      /^\\(?:[0-7]{1,3}|x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{1,4}|U[0-9a-fA-F]{1,8}|[\s\S])?/.exec(
        this.format.slice(i),
      ) as RegExpExecArray;
    const e = expandEscapes(m[0], this.bash ? 'format-bash' : 'format-busybox');
    this.out += e.text;
    if (e.stop) this.stopped = true;
    return i + m[0].length - 1;
  }

  /** One `%...` at `i`. */
  private conversion(i: number): number {
    const { format, bash, prefix } = this;
    const spec = /^%([-+ 0#]*)(\*|\d*)(?:\.(\*|\d*))?[hlLjzt]*([\s\S]?)/.exec(
      format.slice(i),
    ) as RegExpExecArray;
    const [whole, flags = '', w = '', pr, conv = ''] = spec;
    if (conv === '%' && whole === '%%') {
      this.out += '%';
      return i + 1;
    }
    if (!/^[sbqcdiouxXeEfFgG]$/.test(conv) || (conv === 'q' && !bash)) {
      this.err += bash
        ? `${prefix}\`${conv || '%'}': invalid format character\n`
        : `${prefix}%${flags}${w}${pr === undefined ? '' : `.${pr}`}${format.slice(i + whole.length - conv.length)}: invalid format\n`;
      this.status = 1;
      this.stopped = true;
      return i;
    }
    const width = w === '*' ? Number(this.intArg()) : Number(w || 0);
    const precArg =
      pr === undefined ? undefined : pr === '*' ? Number(this.intArg()) : Number(pr || 0);
    const prec = precArg !== undefined && precArg < 0 ? undefined : precArg; // C: as if omitted
    const field = {
      flags,
      leftAdj: flags.includes('-') || width < 0,
      width: Math.abs(width),
      prec,
    };
    if ('sbqc'.includes(conv)) this.text(conv, field);
    else if ('eEfFgG'.includes(conv)) this.float(conv, field);
    else this.integer(conv, field);
    return i + whole.length - 1;
  }

  /** %s %b %q %c. */
  private text(conv: string, { width, leftAdj, prec }: Field): void {
    let s = this.next() ?? '';
    if (conv === 'b') {
      const e = expandEscapes(s, 'percent-b');
      s = e.text;
      if (e.stop) {
        this.out += pad(s, width, leftAdj, false);
        this.stopped = true;
        return;
      }
    }
    if (conv === 'q') s = printfQ(s);
    if (conv === 'c') s = s === '' ? '\0' : String.fromCodePoint(s.codePointAt(0) as number);
    else if (prec !== undefined) s = s.slice(0, prec);
    this.out += pad(s, width, leftAdj, false);
  }

  /** %e %E %f %F %g %G. */
  private float(conv: string, { flags, width, leftAdj, prec }: Field): void {
    const a = this.next();
    const r = a === undefined ? { value: 0, ok: this.bash } : parseFloatArg(a, this.flavor);
    if (!r.ok) this.badNumber(a ?? '');
    const body = formatFloat(r.value, conv, prec, flags.includes('#'));
    const sign =
      r.value < 0 || Object.is(r.value, -0)
        ? '-'
        : flags.includes('+')
          ? '+'
          : flags.includes(' ')
            ? ' '
            : '';
    this.out += pad(body, width, leftAdj, flags.includes('0') && Number.isFinite(r.value), sign);
  }

  /** %d %i %o %u %x %X (64-bit, as the shells do). */
  private integer(conv: string, { flags, width, leftAdj, prec }: Field): void {
    const v = this.intArg();
    let sign = '';
    let digits: string;
    if (conv === 'd' || conv === 'i') {
      digits = (v < 0n ? -v : v).toString();
      sign = v < 0n ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
    } else {
      const u = BigInt.asUintN(64, v);
      digits = u.toString(conv === 'o' ? 8 : conv === 'u' ? 10 : 16);
      if (conv === 'X') digits = digits.toUpperCase();
      if (flags.includes('#') && u !== 0n && conv !== 'u') {
        if (conv === 'o') digits = `0${digits}`;
        else sign = conv === 'x' ? '0x' : '0X';
      }
    }
    if (prec !== undefined) {
      digits = prec === 0 && v === 0n ? '' : digits.padStart(Math.min(prec, MAX_FIELD), '0');
    }
    this.out += pad(digits, width, leftAdj, flags.includes('0') && prec === undefined, sign);
  }
}

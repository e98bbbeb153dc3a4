import { formatPrintf } from '../util/text/printf';
import { gnuUsageError, showBusyboxUsage } from '../util/args/usage-more';
import { chunked, pump } from '../util/text/stream';
import type { Command, CommandContext } from '../types';

/**
 * seq [-w] [-s SEP] [-f FMT] [FIRST [INCR]] LAST — GNU coreutils and BusyBox 1.35.
 * Both print FIRST + i·INCR while it has not passed LAST, with as many decimals as FIRST and
 * INCR have (never LAST's), SEP between numbers and a newline after the last one. Numbers are
 * computed as scaled integers, so 0.1 steps never drift. GNU reads "-2" as a number, BusyBox as
 * an option; GNU refuses a zero INCR, BusyBox prints FIRST forever (bounded by the output).
 */
export const seq: Command = {
  name: 'seq',
  async run(ctx: CommandContext) {
    const parsed = ctx.flavor === 'bash' ? parseGnu(ctx) : parseBusybox(ctx);
    if (typeof parsed === 'number') return parsed;
    const { first, step, last, decimals, width, sep, format } = parsed;
    const scale = 10 ** decimals;
    const [a, d, z] = [first, step, last].map((x) => Math.round(x * scale)) as [
      number,
      number,
      number,
    ];
    if (d === 0 && a <= z) {
      // BusyBox with INCR 0: FIRST forever, as fast as yes
      const text = render(a / scale, decimals, width, format);
      const chunk = `${sep}${text}`.repeat(
        Math.max(1, Math.floor(4096 / (sep.length + text.length))),
      );
      ctx.stdout.write(text);
      await pump(ctx, () => chunk);
      return ctx.cancel.cancelled ? 130 : 0;
    }
    let i = 0;
    const lineOf = (): string | null => {
      const v = a + i * d;
      if (d >= 0 ? v > z : v < z) return null;
      const text = render(v / scale, decimals, width, format);
      return `${i++ === 0 ? '' : sep}${text}`;
    };
    const done = await pump(ctx, chunked(lineOf));
    if (done && i > 0) ctx.stdout.write('\n');
    return ctx.cancel.cancelled ? 130 : 0;
  },
};

interface SeqPlan {
  first: number;
  step: number;
  last: number;
  decimals: number;
  /** Zero-padded width (-w), 0 for none. */
  width: number;
  sep: string;
  format: string | null;
}

function render(v: number, decimals: number, width: number, format: string | null): string {
  if (format !== null) return formatPrintf(format, [String(v)], 'bash').out;
  if (decimals === 0 && width === 0) return String(v);
  const text = Math.abs(v).toFixed(decimals);
  const sign = v < 0 || Object.is(v, -0) ? '-' : '';
  return width > 0 ? sign + text.padStart(width - sign.length, '0') : sign + text;
}

/** Digits after the point, less a positive exponent's (GNU scan_arg). */
function decimalsOf(arg: string): number {
  const dot = arg.indexOf('.');
  const fraction = dot < 0 ? 0 : arg.slice(dot + 1).split(/[eE]/)[0]!.length;
  const exp = /[eE]([+-]?\d+)$/.exec(arg);
  if (exp === null) return fraction;
  const e = Number(exp[1]);
  return e < 0 ? fraction - e : fraction - Math.min(fraction, e);
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function parseGnu(ctx: CommandContext): SeqPlan | number {
  let sep = '\n';
  let format: string | null = null;
  let equalWidth = false;
  const args = [...ctx.args];
  while (args.length > 0 && args[0]!.startsWith('-') && !/^-[.\d]/.test(args[0]!)) {
    const arg = args.shift()!;
    if (arg === '--') break;
    for (let j = 1; j < arg.length; j++) {
      const ch = arg[j]!;
      if (ch === 'w') equalWidth = true;
      else if (ch === 's' || ch === 'f') {
        const value = arg.slice(j + 1) || args.shift();
        if (value === undefined)
          return gnuUsageError(ctx, `option requires an argument -- '${ch}'`);
        if (ch === 's') sep = value;
        else format = value;
        break;
      } else return gnuUsageError(ctx, `invalid option -- '${ch}'`);
    }
  }
  if (args.length === 0) return gnuUsageError(ctx, 'missing operand');
  if (args.length > 3) return gnuUsageError(ctx, `extra operand '${args[3]}'`);
  const bad = args.find((a) => !NUMBER.test(a));
  if (bad !== undefined) return gnuUsageError(ctx, `invalid floating point argument: '${bad}'`);
  const [first, step, last] = operands(args);
  if (Number(step) === 0) return gnuUsageError(ctx, `invalid Zero increment value: '${step}'`);
  const decimals = Math.max(decimalsOf(first), decimalsOf(step));
  const width = equalWidth
    ? Math.max(...[first, last].map((x) => render(Number(x), decimals, 0, null).length))
    : 0;
  return { first: +first, step: +step, last: +last, decimals, width, sep, format };
}

function operands(args: string[]): [string, string, string] {
  if (args.length === 1) return ['1', '1', args[0]!];
  if (args.length === 2) return [args[0]!, '1', args[1]!];
  return [args[0]!, args[1]!, args[2]!];
}

function parseBusybox(ctx: CommandContext): SeqPlan | number {
  let sep = '\n';
  let equalWidth = false;
  const args = [...ctx.args];
  // getopt "+ws:": options end at the first operand; "-2" is an unknown option
  while (args.length > 0 && args[0]!.startsWith('-') && args[0] !== '-') {
    const arg = args.shift()!;
    if (arg === '--') break;
    for (let j = 1; j < arg.length; j++) {
      const ch = arg[j]!;
      if (ch === 'w') equalWidth = true;
      else if (ch === 's') {
        const value = arg.slice(j + 1) || args.shift();
        if (value === undefined) {
          ctx.stderr.write("seq: option requires an argument -- 's'\n");
          return showBusyboxUsage(ctx);
        }
        sep = value;
        break;
      } else {
        ctx.stderr.write(`seq: invalid option -- '${ch}'\n`);
        return showBusyboxUsage(ctx);
      }
    }
  }
  if (args.length < 1 || args.length > 3 || args.some((a) => !NUMBER.test(a)))
    return showBusyboxUsage(ctx);
  const [first, step, last] = operands(args);
  // width: the longest integer part of any operand; decimals: of all but LAST
  const intLen = (a: string) => (a.includes('.') ? a.indexOf('.') : a.length);
  const fracLen = (a: string) => (a.includes('.') ? a.length - a.indexOf('.') - 1 : 0);
  const decimals = Math.max(...args.slice(0, -1).map(fracLen), 0);
  let width = Math.max(...args.map(intLen));
  if (decimals > 0) width += decimals + 1;
  return {
    first: +first,
    step: +step,
    last: +last,
    decimals,
    width: equalWidth ? width : 0,
    sep,
    format: null,
  };
}

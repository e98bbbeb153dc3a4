/**
 * Option parsing for the file commands, as getopt does it: combined short flags (`-la`),
 * flags taking a value (`-m 755`, `-m755`), `--` ending options, `-` as an operand.
 * Both permute like getopt_long: options may follow operands (`ls dir -l`), as recorded with
 * GNU coreutils and with BusyBox (Debian's build; alpine's uses musl's getopt_long, which
 * permutes too).
 */
import type { CommandContext } from '../types';
import { busyboxUsage } from './fs-usage';

export interface OptSpec {
  /** Letters accepted as flags. */
  flags: string;
  /** Letters that take a value. */
  withValue?: string;
  /** GNU long options mapped to a letter (or to themselves, e.g. 'help'). */
  long?: Record<string, string>;
  /** Long options BusyBox's applet knows too (ls --color). */
  busyboxLong?: Record<string, string>;
}

export interface Parsed {
  /** Flags in the order given (repeats kept), letters or long names. */
  order: string[];
  flags: Set<string>;
  values: Map<string, string>;
  operands: string[];
}

export type ParseResult = { ok: true; opts: Parsed } | { ok: false; error: string };

export function parseArgs(ctx: CommandContext, spec: OptSpec): ParseResult {
  const opts: Parsed = { order: [], flags: new Set(), values: new Map(), operands: [] };
  const args = ctx.args;
  let onlyOperands = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (onlyOperands || arg === '-' || !arg.startsWith('-')) {
      opts.operands.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyOperands = true;
      continue;
    }
    if (arg.startsWith('--')) {
      const [name = '', value] = arg.slice(2).split(/=(.*)/s, 2);
      // BusyBox's applets take few long options (listed per command in busyboxLong).
      const long = ctx.flavor === 'bash' ? (spec.long ?? {}) : (spec.busyboxLong ?? {});
      const matches = Object.keys(long).filter((k) => k.startsWith(name));
      const exact = matches.includes(name) ? name : matches.length === 1 ? matches[0] : undefined;
      if (exact === undefined) {
        const why = matches.length > 1 ? 'ambiguous' : 'unrecognized';
        return { ok: false, error: `${ctx.name}: ${why} option '${arg}'\n` };
      }
      const letter = long[exact] as string;
      opts.order.push(letter);
      opts.flags.add(letter);
      if (value !== undefined) opts.values.set(letter, value);
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const ch = arg[j] as string;
      if (spec.withValue?.includes(ch)) {
        const rest = arg.slice(j + 1);
        const value = rest !== '' ? rest : args[++i];
        if (value === undefined) {
          return { ok: false, error: `${ctx.name}: option requires an argument -- '${ch}'\n` };
        }
        opts.flags.add(ch);
        opts.order.push(ch);
        opts.values.set(ch, value);
        break;
      }
      if (!spec.flags.includes(ch)) {
        return { ok: false, error: `${ctx.name}: invalid option -- '${ch}'\n` };
      }
      opts.flags.add(ch);
      opts.order.push(ch);
    }
  }
  return { ok: true, opts };
}

/**
 * Writes an option error the way the flavor's tool does and returns its status:
 * GNU adds "Try 'x --help'"; BusyBox prints its usage text.
 */
export function usageError(ctx: CommandContext, message: string, gnuStatus = 1): number {
  if (ctx.flavor === 'bash') {
    ctx.stderr.write(`${message}Try '${ctx.name} --help' for more information.\n`);
    return gnuStatus;
  }
  ctx.stderr.write(message + busyboxUsage(ctx.name));
  return 1;
}

/** Parses, or reports the error; `null` means "return `status`". */
export function parseOrFail(
  ctx: CommandContext,
  spec: OptSpec,
  gnuStatus = 1,
): { opts: Parsed } | { status: number } {
  const r = parseArgs(ctx, spec);
  if (r.ok) return { opts: r.opts };
  return { status: usageError(ctx, r.error, gnuStatus) };
}

/** "missing operand": GNU's wording with the Try line; BusyBox just shows usage. */
export function missingOperand(ctx: CommandContext, what = 'missing operand'): number {
  if (ctx.flavor === 'bash') return usageError(ctx, `${ctx.name}: ${what}\n`);
  ctx.stderr.write(busyboxUsage(ctx.name));
  return 1;
}

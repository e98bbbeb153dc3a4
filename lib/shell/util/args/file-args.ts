/**
 * Option parsing for the file commands: lib/shell/util/args/getopt.ts with the file commands' rules.
 * Both flavors permute (options may follow operands: `ls dir -l`), as recorded with GNU
 * coreutils and with BusyBox (Debian's build; alpine's uses musl's getopt_long, which permutes
 * too). A long option takes a value only as `--name=VALUE`.
 */
import type { CommandContext } from '../../types';
import { busyboxUsage } from './usage-files';
import { getopt, lastValue, type Options } from './getopt';

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
  /** The last value given for each letter. */
  values: Map<string, string>;
  operands: string[];
}

export type ParseResult = { ok: true; opts: Parsed } | { ok: false; error: string };

/** Every long option of a file command may carry `=VALUE` (the command checks it). */
const optionalValues = (long: Record<string, string>) =>
  Object.fromEntries(Object.entries(long).map(([k, v]) => [`${k}?`, v]));

export function parseArgs(ctx: CommandContext, spec: OptSpec): ParseResult {
  const r = getopt(ctx, {
    flags: spec.flags,
    withValue: spec.withValue,
    long: optionalValues(spec.long ?? {}),
    busyboxLong: optionalValues(spec.busyboxLong ?? {}),
    busyboxPermutes: true,
  });
  if (!r.ok) return r;
  return { ok: true, opts: { ...r.opts, values: lastValues(r.opts) } };
}

function lastValues(opts: Options): Map<string, string> {
  return new Map([...opts.values.keys()].map((k) => [k, lastValue(opts, k) as string]));
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

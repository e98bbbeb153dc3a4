/**
 * getopt-style option parsing for the text commands: combined flags (`-nv`), values
 * (`-n 5`, `-n5`), repeatable values (`-e a -e b`), `--`, GNU long options with unique
 * prefixes. GNU permutes (options may follow operands); BusyBox stops at the first operand,
 * as musl's getopt does (same rule as the file commands).
 */
import type { CommandContext } from '../types';
import { busyboxHelp } from './text-usage';

export interface TextOptSpec {
  flags: string;
  withValue?: string;
  /**
   * long name → letter (or the long name itself); a trailing '=' means it takes a value.
   * Undefined: the tool knows no long options (`--x` is then "invalid option -- '-'").
   */
  long?: Record<string, string>;
  /** BusyBox applets mostly know no long options ("unrecognized option"); the few they do. */
  busyboxLong?: Record<string, string>;
  /** GNU line printed between the error and "Try ..." (grep's "Usage: ..."). */
  usage?: string;
}

export interface TextOpts {
  /** Letters in the order given. */
  order: string[];
  flags: Set<string>;
  /** Every value given for a letter, in order. */
  values: Map<string, string[]>;
  operands: string[];
}

export type TextParse = { ok: true; opts: TextOpts } | { ok: false; status: number };

/** Last value of an option, if any. */
export function lastValue(opts: TextOpts, letter: string): string | undefined {
  const all = opts.values.get(letter);
  return all === undefined ? undefined : all[all.length - 1];
}

export function parseTextArgs(
  ctx: CommandContext,
  spec: TextOptSpec,
  args: readonly string[] = ctx.args,
  status = 1,
): TextParse {
  const gnu = ctx.flavor === 'bash';
  const opts: TextOpts = { order: [], flags: new Set(), values: new Map(), operands: [] };
  const add = (letter: string, value?: string) => {
    opts.order.push(letter);
    opts.flags.add(letter);
    if (value !== undefined) opts.values.set(letter, [...(opts.values.get(letter) ?? []), value]);
  };
  const fail = (message: string) => ({
    ok: false as const,
    status: optionError(ctx, message, status, spec.usage),
  });
  let onlyOperands = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (onlyOperands || arg === '-' || !arg.startsWith('-')) {
      opts.operands.push(arg);
      if (!gnu) onlyOperands = true;
      continue;
    }
    if (arg === '--') {
      onlyOperands = true;
      continue;
    }
    if (arg.startsWith('--') && spec.long === undefined) {
      // No long options at all (some BusyBox applets): getopt reads '-' as a letter.
      return fail(`${ctx.name}: invalid option -- '-'\n`);
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      const longs = (gnu ? spec.long : spec.busyboxLong) ?? {};
      const keys = Object.keys(longs).map((k) => k.replace(/=$/, ''));
      const matches = keys.filter((k) => k.startsWith(name));
      const exact = keys.includes(name) ? name : matches.length === 1 ? matches[0] : undefined;
      if (exact === undefined || name === '') {
        const why = matches.length > 1 ? 'ambiguous' : 'unrecognized';
        return fail(`${ctx.name}: ${why} option '${arg}'\n`);
      }
      const takesValue = `${exact}=` in longs;
      const letter = longs[takesValue ? `${exact}=` : exact] as string;
      if (takesValue) {
        const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
        if (value === undefined) {
          return fail(`${ctx.name}: option '--${exact}' requires an argument\n`);
        }
        add(letter, value);
      } else if (eq >= 0) {
        return fail(`${ctx.name}: option '--${exact}' doesn't allow an argument\n`);
      } else add(letter);
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const ch = arg[j] as string;
      if (spec.withValue?.includes(ch)) {
        const rest = arg.slice(j + 1);
        const value = rest !== '' ? rest : args[++i];
        if (value === undefined) {
          return fail(`${ctx.name}: option requires an argument -- '${ch}'\n`);
        }
        add(ch, value);
        break;
      }
      if (!spec.flags.includes(ch)) return fail(`${ctx.name}: invalid option -- '${ch}'\n`);
      add(ch);
    }
  }
  return { ok: true, opts };
}

/** An option error: GNU adds the "Try" line; BusyBox prints banner + usage. Returns status. */
export function optionError(ctx: CommandContext, message: string, status = 1, usage = ''): number {
  if (ctx.flavor === 'bash') {
    ctx.stderr.write(`${message}${usage}Try '${ctx.name} --help' for more information.\n`);
  } else ctx.stderr.write(message + busyboxHelp(ctx.name));
  return status;
}

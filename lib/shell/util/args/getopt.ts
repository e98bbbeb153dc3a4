/**
 * The one option parser of the shell's commands, as getopt_long does it: combined flags (`-nv`),
 * values (`-n 5`, `-n5`), repeatable values (`-e a -e b`), `--`, `-` as an operand, GNU long
 * options by unique prefix. GNU permutes (options may follow operands); BusyBox's applets stop at
 * the first operand unless `busyboxPermutes` (the file commands, recorded with Debian's build).
 * Errors come back as the tool's message; the caller words the rest (usage, Try line, status).
 */
import type { CommandContext } from '../../types';

export interface GetoptSpec {
  /** Letters accepted as flags. */
  flags: string;
  /** Letters that take a value. */
  withValue?: string;
  /**
   * long name → letter (or the long name itself). A trailing '=' means it takes a value
   * (`--name=V` or `--name V`), a trailing '?' an optional one (`--name[=V]`).
   * Undefined: the tool knows no long options (`--x` is then "invalid option -- '-'").
   */
  long?: Record<string, string>;
  /** BusyBox applets mostly know no long options ("unrecognized option"); the few they do. */
  busyboxLong?: Record<string, string>;
  /** BusyBox permutes like GNU (options after operands are still options). */
  busyboxPermutes?: boolean;
}

export interface Options {
  /** Letters (or long names) in the order given, repeats kept. */
  order: string[];
  flags: Set<string>;
  /** Every value given for a letter, in order. */
  values: Map<string, string[]>;
  operands: string[];
}

export type GetoptResult = { ok: true; opts: Options } | { ok: false; error: string };

/** Last value of an option, if any. */
export function lastValue(opts: Options, letter: string): string | undefined {
  const all = opts.values.get(letter);
  return all === undefined ? undefined : all[all.length - 1];
}

export function getopt(
  ctx: CommandContext,
  spec: GetoptSpec,
  args: readonly string[] = ctx.args,
): GetoptResult {
  const gnu = ctx.flavor === 'bash';
  const opts: Options = { order: [], flags: new Set(), values: new Map(), operands: [] };
  const add = (letter: string, value?: string) => {
    opts.order.push(letter);
    opts.flags.add(letter);
    if (value !== undefined) opts.values.set(letter, [...(opts.values.get(letter) ?? []), value]);
  };
  let onlyOperands = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (onlyOperands || arg === '-' || !arg.startsWith('-')) {
      opts.operands.push(arg);
      if (!gnu && !spec.busyboxPermutes) onlyOperands = true;
      continue;
    }
    if (arg === '--') {
      onlyOperands = true;
      continue;
    }
    const error = arg.startsWith('--')
      ? longOption(ctx, spec, arg, () => args[++i], add)
      : shortOptions(ctx, spec, arg, () => args[++i], add);
    if (error !== null) return { ok: false, error };
  }
  return { ok: true, opts };
}

type Add = (letter: string, value?: string) => void;

/** `--name`, `--name=V` or `--name V`; the error message or null. */
function longOption(
  ctx: CommandContext,
  spec: GetoptSpec,
  arg: string,
  nextArg: () => string | undefined,
  add: Add,
): string | null {
  // No long options at all (some BusyBox applets): getopt reads '-' as a letter.
  if (spec.long === undefined) return `${ctx.name}: invalid option -- '-'\n`;
  const eq = arg.indexOf('=');
  const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
  const longs = (ctx.flavor === 'bash' ? spec.long : spec.busyboxLong) ?? {};
  const keys = Object.keys(longs).map((k) => k.replace(/[=?]$/, ''));
  const matches = keys.filter((k) => k.startsWith(name));
  const exact = keys.includes(name) ? name : matches.length === 1 ? matches[0] : undefined;
  if (exact === undefined || name === '') {
    const why = matches.length > 1 ? 'ambiguous' : 'unrecognized';
    return `${ctx.name}: ${why} option '${arg}'\n`;
  }
  const key = [`${exact}=`, `${exact}?`, exact].find((k) => k in longs) as string;
  const letter = longs[key] as string;
  if (key.endsWith('=')) {
    const value = eq >= 0 ? arg.slice(eq + 1) : nextArg();
    if (value === undefined) return `${ctx.name}: option '--${exact}' requires an argument\n`;
    add(letter, value);
  } else if (key.endsWith('?')) add(letter, eq >= 0 ? arg.slice(eq + 1) : undefined);
  else if (eq >= 0) return `${ctx.name}: option '--${exact}' doesn't allow an argument\n`;
  else add(letter);
  return null;
}

/** `-abc`, `-nVALUE` or `-n VALUE`; the error message or null. */
function shortOptions(
  ctx: CommandContext,
  spec: GetoptSpec,
  arg: string,
  nextArg: () => string | undefined,
  add: Add,
): string | null {
  for (let j = 1; j < arg.length; j++) {
    const ch = arg[j] as string;
    if (spec.withValue?.includes(ch)) {
      const rest = arg.slice(j + 1);
      const value = rest !== '' ? rest : nextArg();
      if (value === undefined) return `${ctx.name}: option requires an argument -- '${ch}'\n`;
      add(ch, value);
      return null;
    }
    if (!spec.flags.includes(ch)) return `${ctx.name}: invalid option -- '${ch}'\n`;
    add(ch);
  }
  return null;
}

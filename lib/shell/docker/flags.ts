/**
 * Command-line flags the way the docker CLI (spf13/pflag) parses them: --long, --long=value,
 * -s value, -svalue, combined booleans (-itd), repeated array flags, `--` to stop, and for run,
 * create and exec, flags only before the first positional argument.
 */
export type FlagType = 'bool' | 'string' | 'array' | 'int';

export interface FlagSpec {
  name: string;
  short?: string;
  type: FlagType;
  /** A value check pflag runs while parsing (e.g. `--filter` needs key=value): the error text. */
  validate?: (value: string) => string | null;
}

export type FlagValues = Map<string, string | boolean | string[] | number>;

export class FlagError extends Error {}

export function parseFlags(
  args: readonly string[],
  specs: readonly FlagSpec[],
  interspersed = true,
): { flags: FlagValues; positional: string[] } {
  const flags: FlagValues = new Map();
  const positional: string[] = [];
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const set = (spec: FlagSpec, value: string | true, display: string) => {
    const problem = typeof value === 'string' ? spec.validate?.(value) : null;
    if (problem) {
      const name = spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
      throw new FlagError(`invalid argument "${value}" for "${name}" flag: ${problem}`);
    }
    if (spec.type === 'bool') {
      if (value === true || value === 'true' || value === '1') flags.set(spec.name, true);
      else if (value === 'false' || value === '0') flags.set(spec.name, false);
      else
        throw new FlagError(
          `invalid argument "${value}" for "${display}" flag: strconv.ParseBool: parsing "${value}": invalid syntax`,
        );
    } else if (spec.type === 'array') {
      flags.set(spec.name, [
        ...((flags.get(spec.name) as string[] | undefined) ?? []),
        String(value),
      ]);
    } else if (spec.type === 'int') {
      if (!/^-?\d+$/.test(String(value)))
        throw new FlagError(
          `invalid argument "${value}" for "${display}" flag: strconv.ParseInt: parsing "${value}": invalid syntax`,
        );
      flags.set(spec.name, Number(value));
    } else flags.set(spec.name, String(value));
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const spec = byName.get(name);
      if (!spec) throw new FlagError(`unknown flag: --${name}`);
      if (eq >= 0) set(spec, arg.slice(eq + 1), `--${name}`);
      else if (spec.type === 'bool') set(spec, true, `--${name}`);
      else if (i + 1 < args.length) set(spec, args[++i]!, `--${name}`);
      else throw new FlagError(`flag needs an argument: --${name}`);
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      for (let k = 1; k < arg.length; k++) {
        const ch = arg[k]!;
        const spec = byShort.get(ch);
        if (!spec) throw new FlagError(`unknown shorthand flag: '${ch}' in ${arg}`);
        const display = `-${ch}, --${spec.name}`;
        if (spec.type === 'bool') {
          if (arg[k + 1] === '=') {
            set(spec, arg.slice(k + 2), display);
            break;
          }
          set(spec, true, display);
          continue;
        }
        const rest = arg.slice(k + 1).replace(/^=/, '');
        if (rest !== '') set(spec, rest, display);
        else if (i + 1 < args.length) set(spec, args[++i]!, display);
        else throw new FlagError(`flag needs an argument: '${ch}' in -${ch}`);
        break;
      }
      continue;
    }
    positional.push(arg);
    if (!interspersed) {
      positional.push(...args.slice(i + 1));
      break;
    }
  }
  return { flags, positional };
}

export const bool = (flags: FlagValues, name: string): boolean => flags.get(name) === true;
export const str = (flags: FlagValues, name: string): string | undefined =>
  flags.get(name) as string | undefined;
export const arr = (flags: FlagValues, name: string): string[] =>
  (flags.get(name) as string[] | undefined) ?? [];

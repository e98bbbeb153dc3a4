/**
 * `--filter key=value` as the docker CLI and daemon handle it (moby api/types/filters): the CLI
 * splits each value at its first "=" (a value without one is a flag error), the daemon checks
 * the keys, then a container or volume must match every key and, within a key, any one value.
 */
import { DaemonError } from '../../../engine';

export type FilterArgs = Map<string, string[]>;

/** The pflag error text for a `--filter` value without "=" (the CLI's filters.ParseFlag). */
export function checkFilterFlag(value: string): string | null {
  return value.includes('=') ? null : 'bad format of filter (expected name=value)';
}

export function parseFilterArgs(values: readonly string[]): FilterArgs {
  const args: FilterArgs = new Map();
  for (const v of values) {
    const i = v.indexOf('=');
    const key = v.slice(0, i).trim().toLowerCase();
    args.set(key, [...(args.get(key) ?? []), v.slice(i + 1).trim()]);
  }
  return args;
}

/** filters.Validate: the first key the daemon does not know is `Invalid filter 'key'`. */
export function validateKeys(args: FilterArgs, accepted: readonly string[]): void {
  for (const key of args.keys())
    if (!accepted.includes(key)) throw new DaemonError(`Invalid filter '${key}'`, 'invalid');
}

/** filters.Match: no values for the key, or any value as a (Go) regular expression matches. */
export function matchRegex(args: FilterArgs, key: string, source: string): boolean {
  const values = args.get(key);
  if (!values) return true;
  return values.some((v) => {
    try {
      return new RegExp(v).test(source);
    } catch {
      return false;
    }
  });
}

/** filters.MatchKVList: every `key` or `key=value` given names a label the object has. */
export function matchLabels(
  args: FilterArgs,
  key: string,
  labels: Record<string, string> | null,
): boolean {
  const values = args.get(key);
  if (!values) return true;
  const have = labels ?? {};
  return values.every((v) => {
    const i = v.indexOf('=');
    if (i < 0) return Object.hasOwn(have, v);
    return Object.hasOwn(have, v.slice(0, i)) && have[v.slice(0, i)] === v.slice(i + 1);
  });
}

/**
 * find's expression language: `!`/-not, -a (implicit), -o, parentheses; tests -name -iname
 * -path -ipath -type -empty -size -true -false; actions -print -exec (`;` and `+`) -delete
 * -quit; global options -maxdepth -mindepth. Tests are async because -exec runs commands.
 */
import { gnuQuote } from '../format';
import type { Stat } from './fs-lib';
import { globToRegExp } from './fs-match';

export interface FindItem {
  shown: string;
  /** fs path. */
  path: string;
  name: string;
  st: Stat;
  empty: () => boolean;
}

export type Test = (item: FindItem) => Promise<boolean>;

export class FindError extends Error {}

export interface FindActions {
  print(item: FindItem): void;
  /** `-exec CMD ;` for one item: true when the command exited 0. */
  exec(argv: string[], item: FindItem): Promise<boolean>;
  /** `-exec CMD {} +`: collects the item for one run at the end. */
  batch(id: number, argv: string[], item: FindItem): void;
  remove(item: FindItem): boolean;
  quit(): void;
}

export interface FindOptions {
  min: number;
  max: number;
  /** No action given: -print is implied. */
  print: boolean;
  /** -delete processes directories after their contents. */
  depthFirst: boolean;
}

const KINDS: Record<string, string> = { f: 'file', d: 'dir', l: 'symlink' };
const UNITS: Record<string, number> = { b: 512, c: 1, w: 2, k: 1024, M: 1 << 20, G: 1 << 30 };

export function compileFind(args: string[], gnu: boolean, o: FindOptions, act: FindActions): Test {
  let i = 0;
  let batches = 0;
  const need = (opt: string) => {
    const v = args[++i];
    if (v === undefined) {
      throw new FindError(gnu ? `missing argument to \`${opt}'` : `${opt} requires an argument`);
    }
    return v;
  };
  const sync =
    (f: (x: FindItem) => boolean): Test =>
    async (x) =>
      f(x);
  const primary = (): Test => {
    const tok = args[i] as string;
    switch (tok) {
      case '(': {
        i++;
        const e = or();
        if (args[i] !== ')') {
          throw new FindError(
            gnu
              ? "invalid expression; I was expecting to find a ')' somewhere but did not see one."
              : 'unrecognized: (',
          );
        }
        i++;
        return e;
      }
      case '!':
      case '-not': {
        i++;
        const e = primary();
        return async (x) => !(await e(x));
      }
      case '-name':
      case '-iname': {
        const re = globToRegExp(need(tok), tok === '-iname');
        i++;
        return sync((x) => re.test(x.name));
      }
      case '-path':
      case '-ipath':
      case '-wholename': {
        const re = globToRegExp(need(tok), tok === '-ipath');
        i++;
        return sync((x) => re.test(x.shown));
      }
      case '-type': {
        const t = need(tok);
        if (!/^[fdlbcps]$/.test(t)) {
          throw new FindError(
            gnu ? `Unknown argument to -type: ${t}` : `invalid argument '${t}' to '-type'`,
          );
        }
        i++;
        return sync((x) => x.st.kind === KINDS[t]);
      }
      case '-size': {
        const v = need(tok);
        const m = /^([-+]?)(\d+)([bcwkMG]?)$/.exec(v);
        if (!m) {
          throw new FindError(
            gnu ? `Invalid argument \`${v}' to -size` : `invalid argument '${v}' to '-size'`,
          );
        }
        const unit = UNITS[m[3] || 'b'] as number;
        const n = Number(m[2]);
        i++;
        // GNU rounds the size up to whole units; BusyBox compares bytes with N * unit.
        return sync((x) => {
          const size = gnu ? Math.ceil(x.st.size / unit) : x.st.size;
          const want = gnu ? n : n * unit;
          return m[1] === '+' ? size > want : m[1] === '-' ? size < want : size === want;
        });
      }
      case '-empty':
        i++;
        return sync((x) =>
          x.st.kind === 'file' ? x.st.size === 0 : x.st.kind === 'dir' && x.empty(),
        );
      case '-true':
      case '-false':
        i++;
        return sync(() => tok === '-true');
      case '-print':
        i++;
        o.print = false;
        return sync((x) => (act.print(x), true));
      case '-delete':
        i++;
        o.print = false;
        o.depthFirst = true;
        return sync((x) => act.remove(x));
      case '-quit':
        i++;
        return sync(() => (act.quit(), true));
      case '-exec': {
        const start = i + 1;
        let end = start;
        while (
          end < args.length &&
          args[end] !== ';' &&
          !(args[end] === '+' && args[end - 1] === '{}')
        )
          end++;
        if (end >= args.length || end === start) {
          throw new FindError(gnu ? "missing argument to `-exec'" : '-exec requires an argument');
        }
        const argv = args.slice(start, end);
        const plus = args[end] === '+';
        if (plus && argv.filter((a) => a.includes('{}')).length > 1) {
          throw new FindError('Only one instance of {} is supported with -exec ... +');
        }
        i = end + 1;
        o.print = false;
        if (plus) {
          const id = batches++;
          return sync((x) => (act.batch(id, argv, x), true));
        }
        return (x) => act.exec(argv, x);
      }
      case '-maxdepth':
      case '-mindepth': {
        const v = need(tok);
        if (!/^\d+$/.test(v)) {
          throw new FindError(
            gnu
              ? `Expected a positive decimal integer argument to ${tok}, but got ${gnuQuote(v)}`
              : `invalid number '${v}'`,
          );
        }
        if (tok === '-maxdepth') o.max = Number(v);
        else o.min = Number(v);
        i++;
        return sync(() => true);
      }
      default:
        throw new FindError(gnu ? `unknown predicate \`${tok}'` : `unrecognized: ${tok}`);
    }
  };
  const and = (): Test => {
    let left = primary();
    while (i < args.length && args[i] !== '-o' && args[i] !== '-or' && args[i] !== ')') {
      if (args[i] === '-a' || args[i] === '-and') i++;
      const l = left;
      const r = primary();
      left = async (x) => (await l(x)) && r(x);
    }
    return left;
  };
  const or = (): Test => {
    let left = and();
    while (args[i] === '-o' || args[i] === '-or') {
      i++;
      const l = left;
      const r = and();
      left = async (x) => (await l(x)) || r(x);
    }
    return left;
  };
  const expr = args.length === 0 ? sync(() => true) : or();
  if (i < args.length) {
    const extra = args[i] as string;
    throw new FindError(
      gnu ? `paths must precede expression: ${gnuQuote(extra)}` : `unrecognized: ${extra}`,
    );
  }
  return expr;
}

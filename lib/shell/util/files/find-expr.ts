/**
 * find's expression language: `!`/-not, -a (implicit), -o, parentheses; tests -name -iname
 * -path -ipath -type -empty -size -true -false; actions -print -exec (`;` and `+`) -delete
 * -quit; global options -maxdepth -mindepth. Tests are async because -exec runs commands.
 */
import { gnuQuote } from '../../quote';
import type { Stat } from './fs-lib';
import { globToRegExp } from './match';

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
  return new FindCompiler(args, gnu, o, act).compile();
}

const sync =
  (f: (x: FindItem) => boolean): Test =>
  async (x) =>
    f(x);

/** A recursive-descent parser over the arguments; `i` is the current one. */
class FindCompiler {
  private i = 0;
  private batches = 0;

  constructor(
    private readonly args: string[],
    private readonly gnu: boolean,
    private readonly o: FindOptions,
    private readonly act: FindActions,
  ) {}

  compile(): Test {
    const { args, gnu } = this;
    const expr = args.length === 0 ? sync(() => true) : this.or();
    if (this.i < args.length) {
      const extra = args[this.i] as string;
      throw new FindError(
        gnu ? `paths must precede expression: ${gnuQuote(extra)}` : `unrecognized: ${extra}`,
      );
    }
    return expr;
  }

  private or(): Test {
    const args = this.args;
    let left = this.and();
    while (args[this.i] === '-o' || args[this.i] === '-or') {
      this.i++;
      const l = left;
      const r = this.and();
      left = async (x) => (await l(x)) || r(x);
    }
    return left;
  }

  private and(): Test {
    const args = this.args;
    let left = this.primary();
    while (
      this.i < args.length &&
      args[this.i] !== '-o' &&
      args[this.i] !== '-or' &&
      args[this.i] !== ')'
    ) {
      if (args[this.i] === '-a' || args[this.i] === '-and') this.i++;
      const l = left;
      const r = this.primary();
      left = async (x) => (await l(x)) && r(x);
    }
    return left;
  }

  /** The argument of option `opt`. */
  private need(opt: string): string {
    const v = this.args[++this.i];
    if (v === undefined) {
      throw new FindError(
        this.gnu ? `missing argument to \`${opt}'` : `${opt} requires an argument`,
      );
    }
    return v;
  }

  private primary(): Test {
    const tok = this.args[this.i] as string;
    switch (tok) {
      case '(':
        return this.group();
      case '!':
      case '-not': {
        this.i++;
        const e = this.primary();
        return async (x) => !(await e(x));
      }
      case '-name':
      case '-iname':
      case '-path':
      case '-ipath':
      case '-wholename':
        return this.nameTest(tok);
      case '-type':
        return this.typeTest();
      case '-size':
        return this.sizeTest();
      case '-empty':
        this.i++;
        return sync((x) =>
          x.st.kind === 'file' ? x.st.size === 0 : x.st.kind === 'dir' && x.empty(),
        );
      case '-true':
      case '-false':
        this.i++;
        return sync(() => tok === '-true');
      case '-exec':
        return this.exec();
      case '-maxdepth':
      case '-mindepth':
        return this.depthOption(tok);
      default:
        return this.action(tok);
    }
  }

  private group(): Test {
    this.i++;
    const e = this.or();
    if (this.args[this.i] !== ')') {
      throw new FindError(
        this.gnu
          ? "invalid expression; I was expecting to find a ')' somewhere but did not see one."
          : 'unrecognized: (',
      );
    }
    this.i++;
    return e;
  }

  /** -name and -iname match the last component, -path, -ipath and -wholename the whole path. */
  private nameTest(tok: string): Test {
    const re = globToRegExp(this.need(tok), tok === '-iname' || tok === '-ipath');
    this.i++;
    if (tok === '-name' || tok === '-iname') return sync((x) => re.test(x.name));
    return sync((x) => re.test(x.shown));
  }

  private typeTest(): Test {
    const t = this.need('-type');
    if (!/^[fdlbcps]$/.test(t)) {
      throw new FindError(
        this.gnu ? `Unknown argument to -type: ${t}` : `invalid argument '${t}' to '-type'`,
      );
    }
    this.i++;
    return sync((x) => x.st.kind === KINDS[t]);
  }

  private sizeTest(): Test {
    const gnu = this.gnu;
    const v = this.need('-size');
    const m = /^([-+]?)(\d+)([bcwkMG]?)$/.exec(v);
    if (!m) {
      throw new FindError(
        gnu ? `Invalid argument \`${v}' to -size` : `invalid argument '${v}' to '-size'`,
      );
    }
    const unit = UNITS[m[3] || 'b'] as number;
    const n = Number(m[2]);
    this.i++;
    // GNU rounds the size up to whole units; BusyBox compares bytes with N * unit.
    return sync((x) => {
      const size = gnu ? Math.ceil(x.st.size / unit) : x.st.size;
      const want = gnu ? n : n * unit;
      return m[1] === '+' ? size > want : m[1] === '-' ? size < want : size === want;
    });
  }

  /** -print, -delete and -quit; anything else is not a predicate. */
  private action(tok: string): Test {
    const { o, act } = this;
    this.i++;
    switch (tok) {
      case '-print':
        o.print = false;
        return sync((x) => (act.print(x), true));
      case '-delete':
        o.print = false;
        o.depthFirst = true;
        return sync((x) => act.remove(x));
      case '-quit':
        return sync(() => (act.quit(), true));
      default:
        throw new FindError(this.gnu ? `unknown predicate \`${tok}'` : `unrecognized: ${tok}`);
    }
  }

  /** `-exec CMD ;` runs per item; `-exec CMD {} +` collects the items for one run. */
  private exec(): Test {
    const { args, act } = this;
    const start = this.i + 1;
    let end = start;
    while (
      end < args.length &&
      args[end] !== ';' &&
      !(args[end] === '+' && args[end - 1] === '{}')
    ) {
      end++;
    }
    if (end >= args.length || end === start) {
      throw new FindError(this.gnu ? "missing argument to `-exec'" : '-exec requires an argument');
    }
    const argv = args.slice(start, end);
    const plus = args[end] === '+';
    if (plus && argv.filter((a) => a.includes('{}')).length > 1) {
      throw new FindError('Only one instance of {} is supported with -exec ... +');
    }
    this.i = end + 1;
    this.o.print = false;
    if (plus) {
      const id = this.batches++;
      return sync((x) => (act.batch(id, argv, x), true));
    }
    return (x) => act.exec(argv, x);
  }

  private depthOption(tok: string): Test {
    const v = this.need(tok);
    if (!/^\d+$/.test(v)) {
      throw new FindError(
        this.gnu
          ? `Expected a positive decimal integer argument to ${tok}, but got ${gnuQuote(v)}`
          : `invalid number '${v}'`,
      );
    }
    if (tok === '-maxdepth') this.o.max = Number(v);
    else this.o.min = Number(v);
    this.i++;
    return sync(() => true);
  }
}

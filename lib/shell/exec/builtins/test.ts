/** test EXPR and [ EXPR ]: POSIX's algorithm by argument count, with ! -a -o and ( ). */
import type { Shell } from '../../shell';
import {
  compareFiles,
  compareIntegers,
  INTEGER_OPS,
  unaryTest,
  type TestContext,
} from '../../test-eval';
import { complain, type InterpreterBuiltin } from './types';

class TestError extends Error {}

const BINARY = new Set(['=', '==', '!=', '<', '>', '-nt', '-ot', '-ef', ...INTEGER_OPS]);

function testCommand(name: 'test' | '['): InterpreterBuiltin {
  return (sh, args, fds) => {
    let words = args;
    if (name === '[') {
      if (words.at(-1) !== ']') {
        complain(sh, fds, '[', sh.flavor === 'bash' ? "missing `]'" : 'missing ]');
        return 2;
      }
      words = words.slice(0, -1);
    }
    const context = {
      fs: sh.host.fs,
      identity: sh.host.identity,
      resolve: (p: string) => sh.resolve(p),
    };
    try {
      return new Evaluator(sh, words, context).run() ? 0 : 1;
    } catch (e) {
      if (!(e instanceof TestError)) throw e;
      complain(sh, fds, name, e.message);
      return 2;
    }
  };
}

export const testBuiltin = testCommand('test');
export const bracketBuiltin = testCommand('[');

class Evaluator {
  private i = 0;
  constructor(
    private readonly sh: Shell,
    private readonly words: string[],
    private readonly context: TestContext,
  ) {}

  run(): boolean {
    if (this.words.length === 0) return false;
    const value = this.byCount(this.words.length) ?? this.or();
    if (this.i < this.words.length)
      throw new TestError(
        this.sh.flavor === 'bash' ? 'too many arguments' : `${this.words[this.i]}: unknown operand`,
      );
    return value;
  }

  /** POSIX: 1 to 4 arguments are decided by their count, before any operator precedence. */
  private byCount(n: number): boolean | null {
    const w = this.words;
    if (n === 1) return this.take(1) && w[0] !== '';
    if (n === 2) {
      if (w[0] === '!') return this.take(2) && w[1] === '';
      if (this.isUnary(w[0]!)) return this.take(2) && this.unary(w[0]!, w[1]!);
      throw new TestError(
        this.sh.flavor === 'bash' ? `${w[0]}: unary operator expected` : `${w[0]}: unknown operand`,
      );
    }
    if (n === 3 && BINARY.has(w[1]!)) return this.take(3) && this.binary(w[0]!, w[1]!, w[2]!);
    if (n === 3 && w[0] === '!')
      return this.take(3) && !new Evaluator(this.sh, w.slice(1), this.context).run();
    return null;
  }

  private take(n: number): true {
    this.i += n;
    return true;
  }

  private isUnary(op: string): boolean {
    return /^-[a-zA-Z]$/.test(op) && op !== '-a' && op !== '-o'
      ? unaryTest(op, '', this.context) !== null
      : op === '-a';
  }

  private or(): boolean {
    let v = this.and();
    while (this.words[this.i] === '-o') {
      this.i++;
      v = this.and() || v;
    }
    return v;
  }

  private and(): boolean {
    let v = this.not();
    while (this.words[this.i] === '-a') {
      this.i++;
      v = this.not() && v;
    }
    return v;
  }

  private not(): boolean {
    if (this.words[this.i] === '!') {
      this.i++;
      return !this.not();
    }
    return this.primary();
  }

  private primary(): boolean {
    const w = this.words;
    const first = w[this.i];
    if (first === undefined) throw new TestError('argument expected');
    if (first === '(') {
      this.i++;
      const v = this.or();
      if (w[this.i] !== ')')
        throw new TestError(this.sh.flavor === 'bash' ? "`)' expected" : 'closing paren expected');
      this.i++;
      return v;
    }
    if (w[this.i + 1] !== undefined && BINARY.has(w[this.i + 1]!) && w[this.i + 2] !== undefined) {
      this.i += 3;
      return this.binary(first, w[this.i - 2]!, w[this.i - 1]!);
    }
    if (this.isUnary(first) && w[this.i + 1] !== undefined) {
      this.i += 2;
      return this.unary(first, w[this.i - 1]!);
    }
    this.i++;
    return first !== '';
  }

  private unary(op: string, arg: string): boolean {
    return unaryTest(op, arg, this.context) ?? false;
  }

  private binary(a: string, op: string, b: string): boolean {
    if (op === '=' || op === '==') return a === b;
    if (op === '!=') return a !== b;
    if (op === '<') return a < b;
    if (op === '>') return a > b;
    if (INTEGER_OPS.has(op)) return compareIntegers(op, this.integer(a), this.integer(b));
    return compareFiles(op, a, b, this.context);
  }

  private integer(text: string): bigint {
    const trimmed = text.trim();
    if (/^[-+]?\d+$/.test(trimmed)) return BigInt(trimmed);
    throw new TestError(
      this.sh.flavor === 'bash'
        ? `${text}: integer expression expected`
        : `invalid number '${text}'`,
    );
  }
}

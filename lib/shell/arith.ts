/**
 * Shell arithmetic (`$(( ))`, `(( ))`, `let`, `for ((;;))`): 64-bit signed integers and the C
 * operators with C precedence, assignments, ++/--, variables whose values are themselves
 * expressions, and bash's and BusyBox's error texts.
 */
export interface ArithVars {
  get(name: string, index?: bigint): string | undefined;
  set(name: string, value: string, index?: bigint): void;
}

export class ArithError extends Error {
  constructor(
    /** bash: `EXPR: message (error token is "TOKEN")`, without the `bash: ` prefix. */
    readonly bash: string,
    readonly busybox: string,
  ) {
    super(bash);
  }
}

type Ref = { name: string; index?: bigint };
type Value = { value: bigint; ref?: Ref };

const OPS = [
  '<<=',
  '>>=',
  '**',
  '++',
  '--',
  '<<',
  '>>',
  '<=',
  '>=',
  '==',
  '!=',
  '&&',
  '||',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '^=',
  '|=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '<',
  '>',
  '=',
  '!',
  '~',
  '&',
  '^',
  '|',
  '?',
  ':',
  '(',
  ')',
  ',',
  '[',
  ']',
];
const ASSIGN = new Set(['=', '+=', '-=', '*=', '/=', '%=', '<<=', '>>=', '&=', '^=', '|=']);
const BINARY: [string[], number][] = [
  [['||'], 1],
  [['&&'], 2],
  [['|'], 3],
  [['^'], 4],
  [['&'], 5],
  [['==', '!='], 6],
  [['<', '>', '<=', '>='], 7],
  [['<<', '>>'], 8],
  [['+', '-'], 9],
  [['*', '/', '%'], 10],
];
const PRECEDENCE = new Map(BINARY.flatMap(([ops, p]) => ops.map((o) => [o, p] as const)));

const wrap = (v: bigint) => BigInt.asIntN(64, v);

export function evaluateArith(expr: string, vars: ArithVars, depth = 0): bigint {
  if (depth > 1024) throw fail(expr, 'expression recursion level exceeded', expr);
  const evaluator = new Evaluator(expr, vars, depth);
  return evaluator.run();
}

function fail(expr: string, message: string, token: string): ArithError {
  return new ArithError(
    `${expr}: ${message} (error token is "${token}")`,
    message.startsWith('division') ? 'divide by zero' : 'arithmetic syntax error',
  );
}

class Evaluator {
  private readonly tokens: { text: string; at: number }[] = [];
  private i = 0;
  /** While > 0, operands are parsed but not evaluated (the untaken side of && || ?:). */
  private skip = 0;

  constructor(
    private readonly expr: string,
    private readonly vars: ArithVars,
    private readonly depth: number,
  ) {
    this.tokenize();
  }

  run(): bigint {
    if (this.tokens.length === 0) return 0n;
    const v = this.comma();
    if (this.i < this.tokens.length) this.syntax('syntax error in expression');
    return v.value;
  }

  private tokenize(): void {
    const re = /\s+|0[xX][0-9a-fA-F]+|\d+#[0-9A-Za-z@_]+|\d+|[A-Za-z_][A-Za-z0-9_]*/y;
    let at = 0;
    const { expr } = this;
    while (at < expr.length) {
      re.lastIndex = at;
      const m = re.exec(expr);
      if (m) {
        if (m[0].trim() !== '') this.tokens.push({ text: m[0], at });
        at += m[0].length;
        continue;
      }
      const op = OPS.find((o) => expr.startsWith(o, at));
      const text = op ?? expr[at]!;
      this.tokens.push({ text, at });
      at += text.length;
    }
  }

  private peek(): string | undefined {
    return this.tokens[this.i]?.text;
  }

  private rest(): string {
    const t = this.tokens[this.i];
    return t ? this.expr.slice(t.at) : '';
  }

  private syntax(message: string): never {
    const t = this.tokens[this.i];
    // At the end, bash names the last operator and what follows it.
    const last = this.tokens[this.i - 1];
    if (!t)
      throw fail(this.expr, 'syntax error: operand expected', last ? this.expr.slice(last.at) : '');
    const isOperand = /^[\w#]/.test(t.text);
    const text =
      isOperand || message !== 'syntax error in expression'
        ? message
        : 'syntax error: invalid arithmetic operator';
    throw fail(this.expr, text, this.rest());
  }

  private comma(): Value {
    let v = this.assignment();
    while (this.peek() === ',') {
      this.i++;
      v = this.assignment();
    }
    return v;
  }

  private assignment(): Value {
    const left = this.ternary();
    const op = this.peek();
    if (op === undefined || !ASSIGN.has(op)) return left;
    if (!left.ref) throw fail(this.expr, 'attempted assignment to non-variable', this.rest());
    this.i++;
    const right = this.assignment().value;
    const value = op === '=' ? right : this.binary(op.slice(0, -1), left.value, right);
    if (this.skip === 0) this.vars.set(left.ref.name, String(value), left.ref.index);
    return { value };
  }

  private ternary(): Value {
    const cond = this.binaryLevel(1);
    if (this.peek() !== '?') return cond;
    this.i++;
    const taken = cond.value !== 0n;
    const a = this.guarded(!taken, () => this.comma());
    if (this.peek() !== ':') this.syntax("`:' expected for conditional expression");
    this.i++;
    const b = this.guarded(taken, () => this.ternary());
    return { value: taken ? a.value : b.value };
  }

  private guarded(skip: boolean, parse: () => Value): Value {
    if (skip) this.skip++;
    try {
      return parse();
    } finally {
      if (skip) this.skip--;
    }
  }

  private binaryLevel(level: number): Value {
    if (level > 10) return this.power();
    let left = this.binaryLevel(level + 1);
    for (let op = this.peek(); op && PRECEDENCE.get(op) === level; op = this.peek()) {
      this.i++;
      const skipRight = (op === '&&' && left.value === 0n) || (op === '||' && left.value !== 0n);
      const right = this.guarded(skipRight, () => this.binaryLevel(level + 1));
      left = { value: this.binary(op, left.value, right.value) };
    }
    return left;
  }

  private binary(op: string, a: bigint, b: bigint): bigint {
    if (this.skip > 0) return 0n;
    const bool = (x: boolean) => (x ? 1n : 0n);
    switch (op) {
      case '||':
        return bool(a !== 0n || b !== 0n);
      case '&&':
        return bool(a !== 0n && b !== 0n);
      case '|':
        return wrap(a | b);
      case '^':
        return wrap(a ^ b);
      case '&':
        return wrap(a & b);
      case '==':
        return bool(a === b);
      case '!=':
        return bool(a !== b);
      case '<':
        return bool(a < b);
      case '>':
        return bool(a > b);
      case '<=':
        return bool(a <= b);
      case '>=':
        return bool(a >= b);
      case '<<':
        return wrap(a << (b & 63n));
      case '>>':
        return wrap(a >> (b & 63n));
      case '+':
        return wrap(a + b);
      case '-':
        return wrap(a - b);
      case '*':
        return wrap(a * b);
      case '**':
        if (b < 0n) throw fail(this.expr, 'exponent less than 0', String(b));
        return wrap(a ** b);
      default: {
        if (b === 0n) throw fail(this.expr, 'division by 0', '0');
        return op === '/' ? wrap(a / b) : wrap(a % b);
      }
    }
  }

  private power(): Value {
    const base = this.unary();
    if (this.peek() !== '**') return base;
    this.i++;
    const exponent = this.power();
    return { value: this.binary('**', base.value, exponent.value) };
  }

  private unary(): Value {
    const op = this.peek();
    if (op === '!' || op === '~' || op === '-' || op === '+') {
      this.i++;
      const v = this.unary().value;
      const value = op === '!' ? (v === 0n ? 1n : 0n) : op === '~' ? ~v : op === '-' ? wrap(-v) : v;
      return { value };
    }
    if (op === '++' || op === '--') {
      this.i++;
      const target = this.postfix();
      if (!target.ref) this.syntax('syntax error: operand expected');
      const value = wrap(target.value + (op === '++' ? 1n : -1n));
      if (this.skip === 0) this.vars.set(target.ref.name, String(value), target.ref.index);
      return { value };
    }
    return this.postfix();
  }

  private postfix(): Value {
    const v = this.primary();
    const op = this.peek();
    if (v.ref && (op === '++' || op === '--')) {
      this.i++;
      const next = wrap(v.value + (op === '++' ? 1n : -1n));
      if (this.skip === 0) this.vars.set(v.ref.name, String(next), v.ref.index);
      return { value: v.value };
    }
    return v;
  }

  private primary(): Value {
    const t = this.peek();
    if (t === undefined) this.syntax('syntax error: operand expected');
    if (t === '(') {
      this.i++;
      const v = this.comma();
      if (this.peek() !== ')') this.syntax("missing `)'");
      this.i++;
      return { value: v.value };
    }
    if (/^\d/.test(t)) {
      this.i++;
      return { value: this.number(t) };
    }
    if (/^[A-Za-z_]/.test(t)) {
      this.i++;
      let index: bigint | undefined;
      if (this.peek() === '[') {
        this.i++;
        index = this.comma().value;
        if (this.peek() !== ']') this.syntax('syntax error: invalid arithmetic operator');
        this.i++;
      }
      const ref = index === undefined ? { name: t } : { name: t, index };
      return { value: this.variable(ref), ref };
    }
    this.syntax('syntax error: operand expected');
  }

  private number(t: string): bigint {
    const bad = () => fail(this.expr, 'value too great for base', t);
    if (/^0[xX]/.test(t)) return wrap(BigInt(t));
    const based = /^(\d+)#(.+)$/.exec(t);
    if (based) return parseBase(based[2]!, Number(based[1]), bad);
    if (/^0\d/.test(t)) return parseBase(t.slice(1), 8, bad);
    return wrap(BigInt(t));
  }

  private variable(ref: Ref): bigint {
    if (this.skip > 0) return 0n;
    const raw = (this.vars.get(ref.name, ref.index) ?? '').trim();
    if (raw === '') return 0n;
    if (/^-?\d+$/.test(raw)) return wrap(BigInt(raw));
    return evaluateArith(raw, this.vars, this.depth + 1);
  }
}

function parseBase(digits: string, base: number, bad: () => ArithError): bigint {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@_';
  let value = 0n;
  for (const ch of digits) {
    const d = base <= 36 ? alphabet.indexOf(ch.toLowerCase()) : alphabet.indexOf(ch);
    if (d < 0 || d >= base) throw bad();
    value = value * BigInt(base) + BigInt(d);
  }
  return wrap(value);
}

/** $(( )) arithmetic: integers, + - * / % ** and parentheses, unary minus, variables. */
export class ArithError extends Error {}

export function evaluateArith(expr: string, lookup: (name: string) => string | undefined): number {
  const tokens = expr.match(/\d+|[A-Za-z_][A-Za-z0-9_]*|\*\*|[-+*/%()]|\S/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const primary = (): number => {
    const t = tokens[i++];
    if (t === undefined) throw new ArithError('syntax error: operand expected');
    if (t === '(') {
      const v = sum();
      if (tokens[i++] !== ')') throw new ArithError('syntax error: missing )');
      return v;
    }
    if (t === '-') return -primary();
    if (t === '+') return primary();
    if (/^\d+$/.test(t)) return Number(t);
    if (/^[A-Za-z_]/.test(t)) {
      const v = lookup(t);
      return v === undefined || v === '' ? 0 : Number.parseInt(v, 10) || 0;
    }
    throw new ArithError(`syntax error: invalid arithmetic operator (error token is "${t}")`);
  };
  const power = (): number => {
    const base = primary();
    if (peek() === '**') {
      i++;
      return base ** power();
    }
    return base;
  };
  const product = (): number => {
    let v = power();
    while (peek() === '*' || peek() === '/' || peek() === '%') {
      const op = tokens[i++];
      const r = power();
      if (op !== '*' && r === 0) throw new ArithError('division by 0 (error token is "0")');
      v = op === '*' ? v * r : op === '/' ? Math.trunc(v / r) : v % r;
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (peek() === '+' || peek() === '-')
      v = tokens[i++] === '+' ? v + product() : v - product();
    return v;
  };
  const value = tokens.length === 0 ? 0 : sum();
  if (i < tokens.length)
    throw new ArithError(
      `syntax error in expression (error token is "${tokens.slice(i).join(' ')}")`,
    );
  return value;
}

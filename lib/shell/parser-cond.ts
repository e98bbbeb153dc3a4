/** Bash's `[[ … ]]`: `!`, `&&`, `||`, parentheses, unary tests and binary comparisons. */
import type { CondExpr, Word } from './ast';
import type { Parser } from './parser';
import { ShellSyntaxError } from './syntax-error';
import { readWord } from './word';

const UNARY = new Set('abcdefghknoprstuvwxzGLNOS'.split('').map((c) => `-${c}`));
const BINARY = new Set([
  '==',
  '=',
  '!=',
  '=~',
  '<',
  '>',
  '-eq',
  '-ne',
  '-lt',
  '-le',
  '-gt',
  '-ge',
  '-nt',
  '-ot',
  '-ef',
]);

/** Parses after `[[` up to and including `]]`. */
export function parseCond(p: Parser): CondExpr {
  const expr = or(p);
  if (p.peekWord() !== ']]') fail(p);
  p.next();
  return expr;
}

function fail(p: Parser): never {
  const t = p.peek();
  if (!t) throw new ShellSyntaxError({ kind: 'unexpected-eof', expecting: ']]' });
  const token = t.kind === 'word' ? t.raw : t.op === '\n' ? 'newline' : t.op;
  throw new ShellSyntaxError({ kind: 'unexpected-token', token });
}

function or(p: Parser): CondExpr {
  let left = and(p);
  while (p.peekOp() === '||') {
    p.next();
    p.skipNewlines();
    left = { type: 'or', left, right: and(p) };
  }
  return left;
}

function and(p: Parser): CondExpr {
  let left = not(p);
  while (p.peekOp() === '&&') {
    p.next();
    p.skipNewlines();
    left = { type: 'and', left, right: not(p) };
  }
  return left;
}

function not(p: Parser): CondExpr {
  if (p.peekWord() === '!') {
    p.next();
    return { type: 'not', operand: not(p) };
  }
  return primary(p);
}

function operand(p: Parser): Word {
  const t = p.peek();
  if (t?.kind !== 'word' || t.raw === ']]') fail(p);
  p.next();
  return t.word;
}

function primary(p: Parser): CondExpr {
  if (p.peekOp() === '(') {
    p.next();
    const inner = or(p);
    if (p.peekOp() !== ')') fail(p);
    p.next();
    return inner;
  }
  const first = p.peek();
  if (first?.kind === 'word' && UNARY.has(first.raw) && p.peek(1)?.kind === 'word') {
    const next = p.peek(1);
    if (!(next?.kind === 'word' && (next.raw === ']]' || BINARY.has(next.raw)))) {
      p.next();
      return { type: 'unary', op: first.raw, operand: operand(p) };
    }
  }
  const left = operand(p);
  const t = p.peek();
  const op =
    t?.kind === 'word' ? t.raw : t?.kind === 'op' && (t.op === '<' || t.op === '>') ? t.op : null;
  if (op === null || !BINARY.has(op)) return { type: 'word', word: left };
  p.next();
  const right = op === '=~' ? regexOperand(p) : operand(p);
  return { type: 'binary', op, left, right };
}

/** The right side of `=~` is read raw up to `]]`, `&&` or `||`: `(`, `|` are regex syntax. */
function regexOperand(p: Parser): Word {
  const first = p.peek();
  if (!first || (first.kind === 'word' && first.raw === ']]')) fail(p);
  let end = first.end;
  for (let t = p.peek(); t; t = p.peek()) {
    if (t.kind === 'word' && t.raw === ']]') break;
    if (t.kind === 'op' && (t.op === '&&' || t.op === '||' || t.op === '\n')) break;
    end = t.end;
    p.next();
  }
  const text = p.source.slice(first.start, end);
  const [word] = readWord(text, 0, () => false);
  return word;
}

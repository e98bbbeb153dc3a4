/**
 * Compound commands and function definitions: if, for, for ((;;)), while, until, case, ( ),
 * { }, (( )), [[ ]], `name() …` and bash's `function name …`.
 */
import type { CaseItem, Compound, FunctionDef, Script, Word } from './ast';
import type { Parser } from './parser';
import { parseCond } from './parser-cond';
import { ShellSyntaxError } from './syntax-error';
import { parseExpandable } from './word';

/** Bash allows more in function names than in variable names (`my-func`, `a.b`). */
const FUNCTION_NAME = /^[^\s'"\\$`=|&;()<>{}]+$/;

/** A compound command if one starts here, else null (redirections are added by the caller). */
export function parseCompound(p: Parser): Compound | null {
  const op = p.peekOp();
  if (op === '(') return subshell(p);
  if (op === '((') {
    const t = p.next();
    return {
      type: 'arith-cmd',
      expr: parseExpandable(t.kind === 'op' ? (t.text ?? '') : ''),
      redirects: [],
    };
  }
  switch (p.peekWord()) {
    case 'if':
      return ifCommand(p);
    case 'for':
      return forCommand(p);
    case 'while':
    case 'until':
      return loop(p);
    case 'case':
      return caseCommand(p);
    case '{':
      return group(p);
    case '[[':
      p.next();
      return { type: 'cond', expr: parseCond(p), redirects: [] };
    default:
      return null;
  }
}

function subshell(p: Parser): Compound {
  p.next();
  const body = p.list();
  if (p.peekOp() !== ')') p.unexpected(')');
  if (body.length === 0) p.unexpected();
  p.next();
  return { type: 'subshell', body, redirects: [] };
}

function group(p: Parser): Compound {
  p.next();
  const body = p.body('}');
  p.expectWord('}');
  return { type: 'group', body, redirects: [] };
}

function ifCommand(p: Parser): Compound {
  p.next();
  const clauses: { condition: Script; body: Script }[] = [];
  let otherwise: Script | null = null;
  for (;;) {
    const condition = p.body('then');
    p.expectWord('then');
    clauses.push({ condition, body: p.body('fi') });
    const word = p.peekWord();
    p.next();
    if (word === 'elif') continue;
    if (word === 'else') {
      otherwise = p.body('fi');
      p.expectWord('fi');
    } else if (word !== 'fi') backUpAndFail(p, 'fi');
    break;
  }
  return { type: 'if', clauses, otherwise, redirects: [] };
}

/** The token just consumed was not the expected word: report it as bash does. */
function backUpAndFail(p: Parser, expecting: string): never {
  p.back();
  p.unexpected(expecting);
}

function doGroup(p: Parser): Script {
  p.skipNewlines();
  p.expectWord('do');
  const body = p.body('done');
  p.expectWord('done');
  return body;
}

function forCommand(p: Parser): Compound {
  p.next();
  if (p.peekOp() === '((') return arithFor(p);
  const nameToken = p.peek();
  if (nameToken?.kind !== 'word') p.unexpected();
  p.next();
  let words: Word[] | null = null;
  p.skipNewlines();
  if (p.peekWord() === 'in') {
    p.next();
    words = [];
    for (let t = p.peek(); t?.kind === 'word'; t = p.peek()) {
      words.push(t.word);
      p.next();
    }
    const op = p.peekOp();
    if (op !== ';' && op !== '\n') p.unexpected('do');
    p.next();
  } else if (p.peekOp() === ';') p.next();
  return { type: 'for', name: nameToken.raw, words, body: doGroup(p), redirects: [] };
}

function arithFor(p: Parser): Compound {
  const t = p.next();
  const parts = (t.kind === 'op' ? (t.text ?? '') : '').split(';');
  if (parts.length !== 3) throw new ShellSyntaxError({ kind: 'unexpected-token', token: '((' });
  if (p.peekOp() === ';') p.next();
  const [init, test, step] = parts.map(parseExpandable) as [Word, Word, Word];
  return { type: 'arith-for', init, test, step, body: doGroup(p), redirects: [] };
}

function loop(p: Parser): Compound {
  const t = p.next();
  const type = t.kind === 'word' && t.raw === 'until' ? 'until' : 'while';
  const condition = p.body('do');
  return { type, condition, body: doGroup(p), redirects: [] };
}

function caseCommand(p: Parser): Compound {
  p.next();
  const subject = p.peek();
  if (subject?.kind !== 'word') p.unexpected();
  p.next();
  p.skipNewlines();
  p.expectWord('in');
  p.skipNewlines();
  const items: CaseItem[] = [];
  while (p.peekWord() !== 'esac') {
    if (!p.peek()) p.unexpected('esac');
    items.push(caseItem(p));
    p.skipNewlines();
  }
  p.next();
  return { type: 'case', word: subject.word, items, redirects: [] };
}

function caseItem(p: Parser): CaseItem {
  if (p.peekOp() === '(') p.next();
  const patterns: Word[] = [];
  for (;;) {
    const t = p.peek();
    if (t?.kind !== 'word') p.unexpected();
    patterns.push(t.word);
    p.next();
    if (p.peekOp() === '|') p.next();
    else break;
  }
  if (p.peekOp() !== ')') p.unexpected(')');
  p.next();
  const body = p.list();
  const op = p.peekOp();
  if (op === ';;' || op === ';&' || op === ';;&') {
    p.next();
    return { patterns, body, terminator: op };
  }
  if (p.peekWord() !== 'esac') p.unexpected('esac');
  return { patterns, body, terminator: ';;' };
}

/** `name() body` or `function name [()] body`, else null. */
export function parseFunctionDef(p: Parser): FunctionDef | null {
  const first = p.peek();
  if (first?.kind !== 'word') return null;
  const keyword = first.raw === 'function';
  const nameToken = keyword ? p.peek(1) : first;
  if (nameToken?.kind !== 'word' || !FUNCTION_NAME.test(nameToken.raw)) return null;
  const offset = keyword ? 2 : 1;
  const open = p.peek(offset);
  const hasParens = open?.kind === 'op' && open.op === '(';
  if (!keyword && !hasParens) return null;
  const start = first.start;
  for (let k = 0; k < offset; k++) p.next();
  if (hasParens) {
    p.next();
    if (!p.peek())
      throw new ShellSyntaxError({ kind: 'unexpected-token', token: 'newline', expecting: ')' });
    if (p.peekOp() !== ')') p.unexpected();
    p.next();
  }
  p.skipNewlines();
  const body = parseCompound(p);
  if (!body) p.unexpected();
  body.redirects.push(...p.redirects());
  const end = p.peek(-1)?.end ?? p.source.length;
  return { type: 'function', name: nameToken.raw, body, source: p.source.slice(start, end) };
}

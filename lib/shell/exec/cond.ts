/** Bash's [[ … ]]: no splitting or globbing; == and != match patterns, =~ a regex. */
import type { CondCommand, CondExpr } from '../ast';
import { expandWord, expandWordField, ExpansionError } from '../expand';
import { matchPattern } from '../glob';
import type { Fds } from '../redirect';
import type { Shell } from '../shell';
import { compareFiles, compareIntegers, INTEGER_OPS, unaryTest } from '../test-eval';

export async function runCond(sh: Shell, cmd: CondCommand, fds: Fds): Promise<number> {
  try {
    return (await evaluate(sh, cmd.expr, fds)) ? 0 : 1;
  } catch (e) {
    if (!(e instanceof ExpansionError)) throw e;
    fds.err.write(`${sh.prefix}: ${e.message}\n`);
    return e.fatal ? 1 : 2;
  }
}

async function evaluate(sh: Shell, expr: CondExpr, fds: Fds): Promise<boolean> {
  const ex = sh.expander(fds);
  const context = {
    fs: sh.host.fs,
    identity: sh.host.identity,
    resolve: (p: string) => sh.resolve(p),
  };
  switch (expr.type) {
    case 'and':
      return (await evaluate(sh, expr.left, fds)) && evaluate(sh, expr.right, fds);
    case 'or':
      return (await evaluate(sh, expr.left, fds)) || evaluate(sh, expr.right, fds);
    case 'not':
      return !(await evaluate(sh, expr.operand, fds));
    case 'word':
      return (await expandWord(expr.word, ex)) !== '';
    case 'unary':
      return unaryTest(expr.op, await expandWord(expr.operand, ex), context) ?? false;
    case 'binary': {
      const left = await expandWord(expr.left, ex);
      if (expr.op === '=~') return regexMatch(sh, left, await expandWordField(expr.right, ex));
      if (expr.op === '==' || expr.op === '=' || expr.op === '!=') {
        const right = await expandWordField(expr.right, ex);
        return matchPattern(left, right.text, right.literal) === (expr.op !== '!=');
      }
      const right = await expandWord(expr.right, ex);
      if (INTEGER_OPS.has(expr.op))
        return compareIntegers(expr.op, sh.arith(left), sh.arith(right));
      if (expr.op === '<') return left < right;
      if (expr.op === '>') return left > right;
      return compareFiles(expr.op, left, right, context);
    }
  }
}

/** `=~`: quoted parts match literally; the groups land in BASH_REMATCH. */
function regexMatch(
  sh: Shell,
  text: string,
  pattern: { text: string; literal: boolean[] },
): boolean {
  let source = '';
  for (let i = 0; i < pattern.text.length; i++) {
    const ch = pattern.text[i]!;
    source += pattern.literal[i] && /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
  }
  let m: RegExpExecArray | null;
  try {
    m = new RegExp(source).exec(text);
  } catch {
    return false;
  }
  if (!m) {
    sh.setArray('BASH_REMATCH', []);
    return false;
  }
  sh.setArray(
    'BASH_REMATCH',
    [...m].map((g) => g ?? ''),
  );
  return true;
}

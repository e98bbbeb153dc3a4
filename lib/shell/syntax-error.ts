import type { Flavor } from './types';

/**
 * A line the shell cannot parse. `incomplete` errors (open quote, dangling `|`) are the ones
 * an interactive shell answers with a continuation prompt instead of an error.
 */
export type SyntaxProblem =
  | { kind: 'unexpected-token'; token: string }
  | { kind: 'unterminated'; opener: '"' | "'" | '`' | ')' | '}' }
  | { kind: 'unexpected-eof' };

export class ShellSyntaxError extends Error {
  constructor(readonly problem: SyntaxProblem) {
    super(describe(problem, 'bash'));
    this.name = 'ShellSyntaxError';
  }

  get incomplete(): boolean {
    return this.problem.kind !== 'unexpected-token';
  }
}

/** The message an interactive shell prints (without the `bash: ` / `sh: ` prefix). */
export function describe(problem: SyntaxProblem, flavor: Flavor): string {
  if (flavor === 'bash') {
    switch (problem.kind) {
      case 'unexpected-token':
        return `syntax error near unexpected token \`${problem.token}'`;
      case 'unterminated':
        return `unexpected EOF while looking for matching \`${problem.opener}'`;
      case 'unexpected-eof':
        return 'syntax error: unexpected end of file';
    }
  }
  switch (problem.kind) {
    case 'unexpected-token':
      return `syntax error: unexpected ${problem.token === 'newline' ? 'newline' : `"${problem.token}"`}`;
    case 'unterminated':
      if (problem.opener === '"' || problem.opener === "'")
        return 'syntax error: unterminated quoted string';
      if (problem.opener === '`') return 'syntax error: EOF in backquote substitution';
      if (problem.opener === '}') return "syntax error: missing '}'";
      return 'syntax error: unexpected end of file (expecting ")")';
    case 'unexpected-eof':
      return 'syntax error: unexpected end of file';
  }
}

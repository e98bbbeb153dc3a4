import type { Flavor } from './types';

/**
 * A line the shell cannot parse. `incomplete` errors (open quote, dangling `|`, `if` without
 * `fi`, a here-document before its delimiter) are the ones an interactive shell answers with a
 * continuation prompt instead of an error.
 */
export type SyntaxProblem =
  | { kind: 'unexpected-token'; token: string; expecting?: string }
  | { kind: 'unterminated'; opener: '"' | "'" | '`' | ')' | '}' }
  | { kind: 'unterminated-heredoc'; delimiter: string }
  /** `expecting`: the word BusyBox names (`fi`, `done`, `esac`, `}`, `)`, `then`, `do`, `in`). */
  | { kind: 'unexpected-eof'; expecting?: string };

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
  return flavor === 'bash' ? describeBash(problem) : describeBusybox(problem);
}

function describeBash(problem: SyntaxProblem): string {
  switch (problem.kind) {
    case 'unexpected-token':
      return `syntax error near unexpected token \`${problem.token}'`;
    case 'unterminated':
      return `unexpected EOF while looking for matching \`${problem.opener}'`;
    case 'unterminated-heredoc':
    case 'unexpected-eof':
      return 'syntax error: unexpected end of file';
  }
}

function describeBusybox(problem: SyntaxProblem): string {
  switch (problem.kind) {
    case 'unexpected-token':
      return unexpectedBusybox(problem.token, problem.expecting);
    case 'unterminated':
      if (problem.opener === '"' || problem.opener === "'")
        return 'syntax error: unterminated quoted string';
      if (problem.opener === '`') return 'syntax error: EOF in backquote substitution';
      if (problem.opener === '}') return "syntax error: missing '}'";
      return 'syntax error: unexpected end of file (expecting ")")';
    case 'unterminated-heredoc':
      return 'syntax error: unexpected end of file';
    case 'unexpected-eof':
      return problem.expecting
        ? `syntax error: unexpected end of file (expecting "${problem.expecting}")`
        : 'syntax error: unexpected end of file';
  }
}

const RESERVED = /^(if|then|else|elif|fi|do|done|case|esac|while|until|for|in|\{|\}|!)$/;

/** BusyBox calls an ordinary word "word" when it names what it expected instead. */
function unexpectedBusybox(token: string, expecting: string | undefined): string {
  const shown = /^(newline|redirection)$/.test(token)
    ? token
    : expecting && !RESERVED.test(token) && /^[^;&|<>()]/.test(token)
      ? 'word'
      : `"${token}"`;
  return `syntax error: unexpected ${shown}${expecting ? ` (expecting "${expecting}")` : ''}`;
}

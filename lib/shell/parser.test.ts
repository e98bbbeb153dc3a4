import { describe, expect, it } from 'vitest';
import { parse } from './parser';
import { describe as describeError, ShellSyntaxError } from './syntax-error';

function error(line: string) {
  try {
    parse(line);
  } catch (e) {
    if (e instanceof ShellSyntaxError)
      return {
        bash: describeError(e.problem, 'bash'),
        busybox: describeError(e.problem, 'busybox'),
        incomplete: e.incomplete,
      };
    throw e;
  }
  return null;
}

describe('parse', () => {
  it('builds lists, and-or chains, pipelines, assignments and redirects', () => {
    const [a, b] = parse('X=1 echo "a $X" | wc -l > out 2>&1 && ls || true; pwd');
    expect(a!.first.commands).toHaveLength(2);
    expect(a!.first.commands[0]!.assignments.map((x) => x.name)).toEqual(['X']);
    expect(a!.first.commands[1]!.redirects.map((r) => [r.fd, r.op])).toEqual([
      [1, '>'],
      [2, '>&'],
    ]);
    expect(a!.rest.map((r) => r.op)).toEqual(['&&', '||']);
    expect(b!.first.commands[0]!.words).toHaveLength(1);
  });

  it('keeps quoting information per part', () => {
    const [w] = parse(`a'b c'"$HOME"\\*$(pwd)`)[0]!.first.commands[0]!.words;
    expect(w).toEqual([
      { type: 'lit', text: 'a', quoted: false },
      { type: 'lit', text: 'b c', quoted: true },
      { type: 'param', name: 'HOME', quoted: true },
      { type: 'lit', text: '*', quoted: true },
      { type: 'cmdsub', source: 'pwd', quoted: false },
    ]);
  });

  it('treats comments and blank lines as nothing', () => {
    expect(parse('   # just a comment')).toEqual([]);
    expect(parse('echo a # b').length).toBe(1);
  });

  it.each([
    ['| echo', "syntax error near unexpected token `|'", 'syntax error: unexpected "|"', false],
    [
      'echo a >',
      "syntax error near unexpected token `newline'",
      'syntax error: unexpected newline',
      false,
    ],
    ['ls;;', "syntax error near unexpected token `;;'", 'syntax error: unexpected ";;"', false],
    [
      'echo a && && b',
      "syntax error near unexpected token `&&'",
      'syntax error: unexpected "&&"',
      false,
    ],
    [
      'echo "abc',
      'unexpected EOF while looking for matching `"\'',
      'syntax error: unterminated quoted string',
      true,
    ],
    [
      "echo 'abc",
      "unexpected EOF while looking for matching `''",
      'syntax error: unterminated quoted string',
      true,
    ],
    [
      'echo $(',
      "unexpected EOF while looking for matching `)'",
      'syntax error: unexpected end of file (expecting ")")',
      true,
    ],
    [
      'echo `x',
      "unexpected EOF while looking for matching ``'",
      'syntax error: EOF in backquote substitution',
      true,
    ],
    [
      'echo a |',
      'syntax error: unexpected end of file',
      'syntax error: unexpected end of file',
      true,
    ],
  ])('%s', (line, bash, busybox, incomplete) => {
    expect(error(line)).toEqual({ bash, busybox, incomplete });
  });
});

import { describe, expect, it } from 'vitest';
import type { Command, SimpleCommand } from './ast';
import { parse } from './parser';
import { describe as describeError, ShellSyntaxError } from './syntax-error';

function simple(cmd: Command | undefined): SimpleCommand {
  if (cmd?.type !== 'simple') throw new Error(`not a simple command: ${cmd?.type}`);
  return cmd;
}

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
    expect(simple(a!.first.commands[0]).assignments.map((x) => x.name)).toEqual(['X']);
    expect(simple(a!.first.commands[1]).redirects.map((r) => [r.fd, r.op])).toEqual([
      [1, '>'],
      [2, '>&'],
    ]);
    expect(a!.rest.map((r) => r.op)).toEqual(['&&', '||']);
    expect(simple(b!.first.commands[0]).words).toHaveLength(1);
  });

  it('keeps quoting information per part', () => {
    const [w] = simple(parse(`a'b c'"$HOME"\\*$(pwd)`)[0]!.first.commands[0]).words;
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

describe('parse: compound commands', () => {
  const first = (src: string) => parse(src)[0]!.first.commands[0]!;

  it.each([
    ['if true; then echo a; elif false; then echo b; else echo c; fi', 'if'],
    ['for i in 1 2; do echo $i; done', 'for'],
    ['for ((i=0; i<3; i++)); do echo $i; done', 'arith-for'],
    ['while false; do :; done', 'while'],
    ['until true; do :; done', 'until'],
    ['case x in a|b) echo ab;; *) echo other;; esac', 'case'],
    ['( cd /; ls )', 'subshell'],
    ['{ echo a; echo b; }', 'group'],
    ['(( i += 1 ))', 'arith-cmd'],
    ['[[ -f x && $a == b* ]]', 'cond'],
    ['f() { echo hi; }', 'function'],
    ['function g { echo hi; }', 'function'],
  ])('%s is a %s', (src, type) => {
    expect(first(src).type).toBe(type);
  });

  it('keeps redirections on compound commands and reads here-documents', () => {
    const loop = first('for i in 1; do echo $i; done > out.txt');
    expect(loop.type === 'for' && loop.redirects.map((r) => r.op)).toEqual(['>']);
    const cat = simple(first('cat <<EOF\nhello $USER\nEOF\necho after'));
    expect(cat.redirects[0]!.heredoc?.body).toBe('hello $USER\n');
    expect(parse('cat <<EOF\nx\nEOF\necho after')).toHaveLength(2);
    const quoted = simple(first("cat <<'EOF'\n$x\nEOF"));
    expect(quoted.redirects[0]!.heredoc).toMatchObject({ body: '$x\n', quoted: true });
    const tabs = simple(first('cat <<-EOF\n\t\tindented\n\tEOF'));
    expect(tabs.redirects[0]!.heredoc?.body).toBe('indented\n');
  });

  it('reads two here-documents on one line in order', () => {
    const cmd = simple(first('cat <<A - <<B\nfirst\nA\nsecond\nB'));
    expect(cmd.redirects.map((r) => r.heredoc?.body)).toEqual(['first\n', 'second\n']);
  });

  it('treats reserved words as words where no command starts', () => {
    expect(simple(first('echo if then fi done')).words).toHaveLength(5);
  });

  it('parses array assignments only when the parenthesis touches the =', () => {
    const cmd = simple(first('a=(1 2 3)'));
    expect(cmd.assignments[0]!.array).toHaveLength(3);
    expect(() => parse('a= (1 2)')).toThrow(ShellSyntaxError);
  });

  it.each([
    ['if true; then echo a', 'fi'],
    ['for i in 1 2; do echo $i', 'done'],
    ['while true; do', 'done'],
    ['case x in', 'esac'],
    ['f() {', '}'],
    ['{ echo a', '}'],
    ['cat <<EOF\nnot yet', undefined],
    ['echo a &&', undefined],
  ])('%j is unfinished (a continuation prompt in the terminal)', (src, expecting) => {
    const e = error(src);
    expect(e?.incomplete).toBe(true);
    if (expecting)
      expect(e?.busybox).toBe(`syntax error: unexpected end of file (expecting "${expecting}")`);
  });

  it.each([
    ['fi', "syntax error near unexpected token `fi'", 'syntax error: unexpected "fi"'],
    [
      'if true; then fi',
      "syntax error near unexpected token `fi'",
      'syntax error: unexpected "fi"',
    ],
    [
      'for i in 1; echo; done',
      "syntax error near unexpected token `echo'",
      'syntax error: unexpected word (expecting "do")',
    ],
    ['done', "syntax error near unexpected token `done'", 'syntax error: unexpected "done"'],
    ['echo a; ;;', "syntax error near unexpected token `;;'", 'syntax error: unexpected ";;"'],
    [')', "syntax error near unexpected token `)'", 'syntax error: unexpected ")"'],
  ])('%j is a syntax error', (src, bash, busybox) => {
    expect(error(src)).toEqual({ bash, busybox, incomplete: false });
  });
});

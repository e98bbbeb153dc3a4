import { describe, expect, it } from 'vitest';
import { processWord } from './expand';
import { parseDockerfile, splitWords } from './parser';

const one = (text: string) => {
  const [ins] = parseDockerfile(text);
  return ins!;
};

describe('parseDockerfile', () => {
  it.each([
    // [Dockerfile line(s), cmd, rest, original (as `Step n/m : ...` prints it), json]
    ['FROM alpine:3.9', 'from', 'alpine:3.9', 'FROM alpine:3.9', null],
    [
      'from alpine:3.9 as builder',
      'from',
      'alpine:3.9 as builder',
      'from alpine:3.9 as builder',
      null,
    ],
    ['RUN echo hi >&2', 'run', 'echo hi >&2', 'RUN echo hi >&2', null],
    [
      'CMD ["cat", "greet.txt"]',
      'cmd',
      '["cat", "greet.txt"]',
      'CMD ["cat", "greet.txt"]',
      ['cat', 'greet.txt'],
    ],
    ['CMD [not json', 'cmd', '[not json', 'CMD [not json', null],
    [
      'ENV APP=/app \\\n    NAME="my app"',
      'env',
      'APP=/app     NAME="my app"',
      'ENV APP=/app     NAME="my app"',
      null,
    ],
    ['VOLUME ["/data"]', 'volume', '["/data"]', 'VOLUME ["/data"]', ['/data']],
    ['  workdir   /app  ', 'workdir', '/app', 'workdir   /app', null],
  ] as const)('%j', (text, cmd, rest, original, json) => {
    const ins = one(text);
    expect(ins.cmd).toBe(cmd);
    expect(ins.rest).toBe(rest);
    expect(ins.original).toBe(original);
    expect(ins.json).toEqual(json);
  });

  it('skips comments and blank lines, also inside continuations, and keeps start lines', () => {
    const list = parseDockerfile('# c\n\nFROM a\nRUN echo a \\\n# inside\n  && echo b\n\nCMD x\n');
    expect(list.map((i) => [i.line, i.cmd, i.rest])).toEqual([
      [3, 'from', 'a'],
      [4, 'run', 'echo a   && echo b'],
      [8, 'cmd', 'x'],
    ]);
  });

  it('reads COPY flags', () => {
    const ins = one('COPY --from=builder --chown=1:2 /out.txt /result.txt');
    expect(ins.flags).toEqual({ from: 'builder', chown: '1:2' });
    expect(ins.rest).toBe('/out.txt /result.txt');
  });

  it.each([
    [
      'FROM alpine:3.9\nRUN true\nFOO bar\n',
      'dockerfile parse error line 3: unknown instruction: FOO',
    ],
    ['FROM alpine:3.9\nENV\n', 'dockerfile parse error line 2: ENV requires at least one argument'],
    [
      '\nFROM alpine:3.9\nEXPOSE\n',
      'dockerfile parse error line 3: EXPOSE requires at least one argument',
    ],
    [
      'FROM a\nCOPY x\n',
      'dockerfile parse error line 2: COPY requires at least two arguments, but only one was provided. Destination could not be determined.',
    ],
    [
      'FROM a\nWORKDIR a b\n',
      'dockerfile parse error line 2: WORKDIR requires exactly one argument',
    ],
    ['FROM a\nCOPY --mode=1 a b\n', 'dockerfile parse error line 2: Unknown flag: mode'],
    [
      'FROM a\nENV A=1 B\n',
      `failed to parse Dockerfile: Syntax error - can't find = in "B". Must be of the form: name=value`,
    ],
    ['FROM a\nENV A\n', 'failed to parse Dockerfile: ENV must have two arguments'],
  ])('%j fails: %s', (text, message) => {
    expect(() => parseDockerfile(text)).toThrow(message);
  });
});

describe('words and variables', () => {
  it.each([
    ['a b  c', ['a', 'b', 'c']],
    ['NAME="my app" X=1', ['NAME="my app"', 'X=1']],
    ["a='b c' d\\ e", ["a='b c'", 'd\\ e']],
  ])('splitWords(%j)', (text, words) => {
    expect(splitWords(text)).toEqual(words);
  });

  const vars = new Map([
    ['APP', '/app'],
    ['EMPTY', ''],
  ]);
  it.each([
    ['$APP/data', '/app/data'],
    ['${APP}/data', '/app/data'],
    ['${NOPE:-x}', 'x'],
    ['${EMPTY:-x}', 'x'],
    ['${EMPTY-x}', ''],
    ['${APP:+set}', 'set'],
    ['${NOPE:+set}', ''],
    ['$NOPE', ''],
    ['"my $APP"', 'my /app'],
    ["'$APP'", '$APP'],
    ['\\$APP', '$APP'],
    ['a\\ b', 'a b'],
    ['price$', 'price$'],
  ])('processWord(%j) = %j', (word, out) => {
    expect(processWord(word, vars)).toBe(out);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { standardCommands } from './commands';
import { createHostSession, containerRootFs } from '../machine';
import { Session } from './session';

/**
 * Random well-formed scripts built from the grammar: they never crash or hang the interpreter,
 * and give the same output whether run whole (a script) or line by line the way the terminal
 * feeds them (lines gathered while the shell says the command is unfinished, then run).
 */
const word = fc.constantFrom('a', 'b', 'x y', '$v', '"$v"', '$((n+1))', "'q'", '$#');
const name = fc.constantFrom('v', 'n', 'w');

const simple = fc.oneof(
  word.map((w) => `echo ${w}`),
  fc.tuple(name, fc.integer({ min: 0, max: 9 })).map(([n, i]) => `${n}=${i}`),
  fc.constantFrom('true', 'false', ':', 'echo $?', "printf '%s\\n' p q | cat", 'echo z | tr z Z'),
);

const script: fc.Arbitrary<string> = fc.letrec<{ list: string; cmd: string }>((tie) => ({
  cmd: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    simple,
    fc
      .tuple(tie('list'), tie('list'), tie('list'))
      .map(([c, a, b]) => `if ${c}\nthen ${a}\nelse ${b}\nfi`),
    tie('list').map((l) => `for i in 1 2; do\n${l}\ndone`),
    fc
      .tuple(fc.integer({ min: 0, max: 3 }), tie('list'))
      // In a subshell: a nested loop's counter cannot reset this one's (that would never end).
      .map(([k, l]) => `( k=0; while [ $k -lt ${k} ]; do\n${l}\nk=$((k+1)); done )`),
    fc
      .tuple(fc.constantFrom('a', 'b', '"x y"', '$v'), tie('list'), tie('list'))
      .map(([w, a, b]) => `case ${w} in\na*) ${a};;\n*) ${b};;\nesac`),
    tie('list').map((l) => `f() {\n${l}\n}; f 1 2`),
    tie('list').map((l) => `( ${l} )`),
    tie('list').map((l) => `{ ${l}; }`),
    fc.tuple(simple, simple, simple).map(([a, b, c]) => `${a} && ${b} || ${c}`),
    tie('list').map((l) => `cat <<EOF\n${'$v'}\nEOF\n${l}`),
  ),
  list: fc
    .array(tie('cmd'), { minLength: 1, maxLength: 3 })
    .chain((cmds) => fc.constantFrom('; ', '\n').map((sep) => cmds.join(sep))),
})).list;

function fresh(flavor: 'bash' | 'busybox'): Session {
  if (flavor === 'bash') return createHostSession(standardCommands, { pacing: { budgetMs: 2000 } });
  return new Session({
    flavor: 'busybox',
    fs: containerRootFs(),
    identity: { uid: 0, gid: 0 },
    cwd: '/',
    env: { PATH: '/bin' },
    commands: standardCommands,
    pacing: { budgetMs: 2000 },
  });
}

/** Feeds lines as the terminal does: gather while unfinished, then run the gathered text. */
async function lineByLine(session: Session, text: string): Promise<string> {
  let output = '';
  let pending = '';
  for (const line of text.split('\n')) {
    const candidate = pending === '' ? line : `${pending}\n${line}`;
    if (session.needsMore(candidate)) {
      pending = candidate;
      continue;
    }
    pending = '';
    output += (await session.exec(candidate)).output;
  }
  if (pending !== '') output += (await session.exec(pending)).output;
  return output;
}

describe.each(['bash', 'busybox'] as const)('random scripts (%s)', (flavor) => {
  it('never crash, end, and run the same whole or line by line', async () => {
    await fc.assert(
      fc.asyncProperty(script, async (text) => {
        const whole = await fresh(flavor).exec(text);
        expect(whole.exitCode).not.toBe(130); // finished, not cut by the budget
        expect(whole.stderr).not.toMatch(/internal error|syntax error/);
        expect(await lineByLine(fresh(flavor), text)).toBe(whole.output);
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});

/** for NAME [in WORDS]; do …; done   and bash's   for ((init; test; step)); do …; done */
import type { ArithForCommand, ForCommand } from '../ast';
import { expandWord, expandWords } from '../expand';
import type { Fds } from '../redirect';
import type { Shell } from '../shell';
import { runList } from './list';
import { iteration } from './loop-control';

export async function runFor(sh: Shell, cmd: ForCommand, fds: Fds): Promise<number> {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(cmd.name)) {
    if (sh.flavor === 'bash')
      fds.err.write(`${sh.prefix}: \`${cmd.name}': not a valid identifier\n`);
    else fds.err.write(`${sh.prefix}: syntax error: bad for loop variable\n`);
    return sh.flavor === 'bash' ? 1 : 2;
  }
  const values =
    cmd.words === null ? [...sh.positional] : await expandWords(cmd.words, sh.expander(fds));
  let status = 0;
  sh.loopDepth++;
  try {
    for (const value of values) {
      await sh.checkpoint();
      sh.setVar(cmd.name, value);
      const how = await iteration(
        () => runList(sh, cmd.body, fds),
        (s) => (status = s),
      );
      if (how === 'break') break;
    }
  } finally {
    sh.loopDepth--;
  }
  return status;
}

export async function runArithFor(sh: Shell, cmd: ArithForCommand, fds: Fds): Promise<number> {
  const ex = sh.expander(fds);
  const evaluate = async (expr: typeof cmd.init, empty: bigint) => {
    const text = await expandWord(expr, ex);
    return text.trim() === '' ? empty : sh.arith(text);
  };
  let status = 0;
  sh.loopDepth++;
  try {
    for (
      await evaluate(cmd.init, 0n);
      (await evaluate(cmd.test, 1n)) !== 0n;
      await evaluate(cmd.step, 0n)
    ) {
      await sh.checkpoint();
      const how = await iteration(
        () => runList(sh, cmd.body, fds),
        (s) => (status = s),
      );
      if (how === 'break') break;
    }
  } finally {
    sh.loopDepth--;
  }
  return status;
}

/** for NAME [in WORDS]; do …; done   and bash's   for ((init; test; step)); do …; done */
import type { ArithForCommand, ForCommand } from '../ast';
import { expandWord, expandWords } from '../expand';
import type { Fds } from '../redirect';
import type { Shell } from '../shell';
import { runList } from './list';
import { repeat } from './loop-control';

export async function runFor(sh: Shell, cmd: ForCommand, fds: Fds): Promise<number> {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(cmd.name)) {
    if (sh.flavor === 'bash')
      fds.err.write(`${sh.prefix}: \`${cmd.name}': not a valid identifier\n`);
    else fds.err.write(`${sh.prefix}: syntax error: bad for loop variable\n`);
    return sh.flavor === 'bash' ? 1 : 2;
  }
  const values =
    cmd.words === null ? [...sh.positional] : await expandWords(cmd.words, sh.expander(fds));
  let i = 0;
  return repeat(
    sh,
    async () => {
      if (i >= values.length) return false;
      sh.setVar(cmd.name, values[i++]!);
      return true;
    },
    () => runList(sh, cmd.body, fds),
  );
}

export async function runArithFor(sh: Shell, cmd: ArithForCommand, fds: Fds): Promise<number> {
  const ex = sh.expander(fds);
  const evaluate = async (expr: typeof cmd.init, empty: bigint) => {
    const text = await expandWord(expr, ex);
    return text.trim() === '' ? empty : sh.arith(text);
  };
  let started = false;
  return repeat(
    sh,
    async () => {
      if (started) await evaluate(cmd.step, 0n);
      else await evaluate(cmd.init, 0n);
      started = true;
      return (await evaluate(cmd.test, 1n)) !== 0n;
    },
    () => runList(sh, cmd.body, fds),
  );
}

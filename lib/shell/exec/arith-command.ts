/** (( expr )): status 0 when the value is not zero. */
import type { ArithCommand } from '../ast';
import { expandWord, ExpansionError } from '../expand';
import type { Fds } from '../redirect';
import type { Shell } from '../shell';

export async function runArithCommand(sh: Shell, cmd: ArithCommand, fds: Fds): Promise<number> {
  try {
    const value = sh.arith(await expandWord(cmd.expr, sh.expander(fds)));
    return value !== 0n ? 0 : 1;
  } catch (e) {
    if (!(e instanceof ExpansionError)) throw e;
    fds.err.write(`${sh.prefix}: ${sh.flavor === 'bash' ? '((: ' : ''}${e.message}\n`);
    return 1;
  }
}

/** while / until */
import type { LoopCommand } from '../ast';
import type { Fds } from '../redirect';
import type { Shell } from '../shell';
import { runCondition, runList } from './list';
import { iteration } from './loop-control';

export async function runLoop(sh: Shell, cmd: LoopCommand, fds: Fds): Promise<number> {
  let status = 0;
  sh.loopDepth++;
  try {
    for (;;) {
      await sh.checkpoint();
      const test = await runCondition(sh, cmd.condition, fds);
      if ((test === 0) !== (cmd.type === 'while')) break;
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

/** while / until */
import type { LoopCommand } from '../ast';
import type { Fds } from '../redirect';
import type { Shell } from '../shell';
import { runCondition, runList } from './list';
import { repeat } from './loop-control';

export function runLoop(sh: Shell, cmd: LoopCommand, fds: Fds): Promise<number> {
  const wanted = cmd.type === 'while';
  return repeat(
    sh,
    async () => ((await runCondition(sh, cmd.condition, fds)) === 0) === wanted,
    () => runList(sh, cmd.body, fds),
  );
}

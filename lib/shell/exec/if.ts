/** if … then … elif … else … fi */
import type { IfCommand } from '../ast';
import type { Fds } from '../redirect';
import type { Shell } from '../shell';
import { runCondition, runList } from './list';

export async function runIf(sh: Shell, cmd: IfCommand, fds: Fds): Promise<number> {
  for (const clause of cmd.clauses) {
    if ((await runCondition(sh, clause.condition, fds)) === 0) return runList(sh, clause.body, fds);
  }
  return cmd.otherwise ? runList(sh, cmd.otherwise, fds) : 0;
}

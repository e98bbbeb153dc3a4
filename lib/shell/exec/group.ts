/** { list; } runs in this shell; ( list ) in a copy of it, whose changes are thrown away. */
import type { GroupCommand } from '../ast';
import type { Fds } from '../redirect';
import type { Shell } from '../shell';
import { runList } from './list';

export function runGroup(sh: Shell, cmd: GroupCommand, fds: Fds): Promise<number> {
  return runList(sh, cmd.body, fds);
}

export async function runSubshell(sh: Shell, cmd: GroupCommand, fds: Fds): Promise<number> {
  const sub = sh.subshell();
  const status = await sub.runScript(cmd.body, fds);
  if (sub.exitRequested === null) {
    sub.exitRequested = status;
    await sub.runExitTrap(fds);
  }
  return sub.exitRequested ?? status;
}

/**
 * The exact stderr and exit code of `docker run` / `docker create` for a MountSpecError, as the
 * real CLI 28.2.2 prints them (all on stderr, nothing on stdout):
 *
 *   flag   : `<message>\n\nUsage:  docker <cmd> [OPTIONS] IMAGE [COMMAND] [ARG...]\n\n
 *             Run 'docker <cmd> --help' for more information\n`         exit 125 (run and create)
 *            (<cmd> as typed: `run`, `container run`, `create`, `container create`)
 *   cli    : `docker: <message>\n\nRun 'docker run --help' for more information\n`   exit 125
 *            (`docker create` / `container create` say `docker create --help`)
 *   daemon : run    → same as cli, exit 125
 *            create → `<message>\n` only (no `docker: `, no hint), exit 1
 */
import type { MountSpecError } from './mount-spec.types';

export type RunInvocation = 'run' | 'container run' | 'create' | 'container create';

export interface MountErrorOutput {
  stderr: string;
  exitCode: number;
}

export function mountErrorOutput(err: MountSpecError, invocation: RunInvocation): MountErrorOutput {
  const creating = invocation.endsWith('create');
  if (err.stage === 'flag') {
    return {
      stderr:
        `${err.message}\n\nUsage:  docker ${invocation} [OPTIONS] IMAGE [COMMAND] [ARG...]\n\n` +
        `Run 'docker ${invocation} --help' for more information\n`,
      exitCode: 125,
    };
  }
  if (err.stage === 'daemon' && creating) return { stderr: `${err.message}\n`, exitCode: 1 };
  const short = creating ? 'create' : 'run';
  return {
    stderr: `docker: ${err.message}\n\nRun 'docker ${short} --help' for more information\n`,
    exitCode: 125,
  };
}

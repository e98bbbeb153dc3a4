/**
 * The docker CLI's own mount errors (CLI 28.2.2), and the exact stderr and exit code it prints for
 * them under `docker run` / `docker create` (all on stderr, nothing on stdout):
 *
 *   flag : `<message>\n\nUsage:  docker <cmd> [OPTIONS] IMAGE [COMMAND] [ARG...]\n\n
 *           Run 'docker <cmd> --help' for more information\n`         exit 125 (run and create)
 *           (<cmd> as typed: `run`, `container run`, `create`, `container create`)
 *   cli  : `docker: <message>\n\nRun 'docker run --help' for more information\n`   exit 125
 *           (`docker create` / `container create` say `docker create --help`)
 *
 * The daemon's errors (`Error response from daemon: ...`) are DaemonErrors from lib/engine,
 * printed by reportDaemonError (../errors.ts).
 */

/**
 * Who printed it: `flag` when pflag rejected a `--mount` value while parsing flags (no `docker: `
 * prefix, a Usage line; before every other error), `cli` when the CLI rejected a `-v` value after
 * flag parsing, before it called the daemon.
 */
export type MountErrorStage = 'flag' | 'cli';

/**
 * `message` is the first line the real CLI prints, minus the `docker: ` prefix of `cli` errors
 * (e.g. `invalid spec: :/x: empty section between colons`, or the whole `invalid argument
 * "type=bind" for "--mount" flag: target is required`).
 */
export class MountFlagError extends Error {
  constructor(
    message: string,
    readonly stage: MountErrorStage,
  ) {
    super(message);
    this.name = 'MountFlagError';
  }
}

export type RunInvocation = 'run' | 'container run' | 'create' | 'container create';

export interface MountErrorOutput {
  stderr: string;
  exitCode: number;
}

export function mountErrorOutput(err: MountFlagError, invocation: RunInvocation): MountErrorOutput {
  if (err.stage === 'flag') {
    return {
      stderr:
        `${err.message}\n\nUsage:  docker ${invocation} [OPTIONS] IMAGE [COMMAND] [ARG...]\n\n` +
        `Run 'docker ${invocation} --help' for more information\n`,
      exitCode: 125,
    };
  }
  const short = invocation.endsWith('create') ? 'create' : 'run';
  return {
    stderr: `docker: ${err.message}\n\nRun 'docker ${short} --help' for more information\n`,
    exitCode: 125,
  };
}

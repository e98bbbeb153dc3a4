/** Turning failures into the docker CLI's exact words and exit codes (spec §4.1). */
import { DaemonError } from '../../engine';
import type { DockerContext } from './types';

/** `Error response from daemon: ...` (exit 1); for run/create the `docker: ...` form (exit 125). */
export function reportDaemonError(
  d: DockerContext,
  e: unknown,
  runStyle = false,
  exitCode?: number,
): number {
  if (!(e instanceof DaemonError)) throw e;
  if (runStyle) {
    // The hint names the short form even for `docker container run` (CLI 28).
    const short = d.invoked.replace(/^docker container /, 'docker ');
    d.err.write(
      `docker: Error response from daemon: ${e.message}\n\nRun '${short} --help' for more information\n`,
    );
    return exitCode ?? 125;
  }
  d.err.write(`Error response from daemon: ${e.message}\n`);
  return exitCode ?? 1;
}

/** Runs `fn` for each argument, reporting each daemon error; exit 1 if any failed (rm, stop, ...). */
export async function forEach(
  d: DockerContext,
  args: readonly string[],
  fn: (arg: string) => Promise<void> | void,
): Promise<number> {
  let status = 0;
  for (const arg of args) {
    try {
      await fn(arg);
    } catch (e) {
      status = reportDaemonError(d, e);
    }
  }
  return status;
}

/**
 * `docker run`'s status when the container fails to start (cli runStartContainerErr): 127 when
 * the message says a file was not found, 126 for permission denied or a directory, else 125.
 */
export function startErrorExitCode(message: string): number {
  if (/executable file not found|no such file or directory/.test(message)) return 127;
  if (/permission denied|is a directory/.test(message)) return 126;
  return 125;
}

/**
 * What the CLI does once a container runs in the foreground: wait for it, or hand the terminal to
 * its interactive shell (`-it … sh`) until `exit`.
 */
import { stop, wait, type Container } from '../../../engine';
import { DETACHED, type ContainerConsole } from '../../container-console';
import type { DockerContext } from '../types';

/** Whether docker's stdin is the learner's terminal (not a pipe, and not a script or `sim`). */
export function stdinIsTerminal(d: DockerContext): boolean {
  return d.env.attachShell !== undefined && d.sh.stdin === '';
}

/** `-it` needs a terminal on stdin; the real CLI checks before it creates anything. */
export function refuseWithoutTerminal(d: DockerContext): number {
  d.err.write('the input device is not a TTY\n');
  return 1;
}

/** The width a TTY container sees: the learner's terminal's, or 80 where there is none. */
export function terminalColumns(d: DockerContext): number {
  return d.sh.tty?.columns ?? 80;
}

/** After the detach keys: `run` and `start` end quietly, `attach` and `exec` say so. */
export function detached(d: DockerContext, how: 'quiet' | 'says so'): number {
  if (how === 'quiet') return 0;
  d.err.write('read escape sequence\n');
  return 1;
}

/** Waits for the container to exit; Ctrl-C stops it (the CLI proxies the signal). */
export async function waitAttached(d: DockerContext, c: Container): Promise<number> {
  if (c.state.status !== 'running') return c.state.exitCode;
  const cancelled = new Promise<'cancel'>((resolve) =>
    d.sh.cancel.onCancel?.(() => resolve('cancel')),
  );
  const result = await Promise.race([wait(c).then(() => 'exit' as const), cancelled]);
  if (result === 'cancel') {
    await stop(d.engine, c);
    return wait(c);
  }
  return c.state.exitCode;
}

/**
 * Attached to a container whose main process is a shell waiting for input. With `-i` from the
 * terminal the learner types into it until `exit`; with `-i` from a pipe or script it reads that
 * input and ends at its end; with `-t` alone its prompt shows and nothing reaches it.
 */
export async function attachConsole(
  d: DockerContext,
  c: Container,
  con: ContainerConsole,
  how: { stdin: boolean; resumed: boolean; detached?: 'quiet' | 'says so' },
): Promise<number> {
  if (!how.stdin) {
    if (con.tty && !how.resumed) d.out.write(con.session.prompt());
    return waitAttached(d, c);
  }
  if (stdinIsTerminal(d)) {
    const code = await d.env.attachShell!(con.session, { tty: con.tty, resumed: how.resumed });
    // Ctrl-P Ctrl-Q: the shell, and so the container, goes on running
    if (code === DETACHED) return detached(d, how.detached ?? 'quiet');
    con.exit(code);
  } else {
    const status = await con.session.run(d.sh.stdin, { stdout: d.out, stderr: d.err });
    con.exit(con.session.exited ?? status);
  }
  return wait(c);
}

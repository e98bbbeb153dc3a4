/** Waiting for attached containers, and handing interactive ones to the terminal. */
import { start, stop, wait, type Container } from '../../../engine';
import { reportDaemonError } from '../errors';
import type { DockerContext } from '../types';

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

/** `docker run -it IMAGE sh`: the terminal becomes the container's shell until `exit`. */
export async function attachInteractive(d: DockerContext, c: Container): Promise<number> {
  if (!d.env.attachShell || !d.env.containerShell) {
    d.err.write('the input device is not a TTY\n');
    return 1;
  }
  let release: (code: number) => void = () => {};
  try {
    await start(d.engine, c, {}, { hold: new Promise<number>((resolve) => (release = resolve)) });
  } catch (e) {
    return reportDaemonError(d, e, true, c.state.exitCode || 125);
  }
  const session = d.env.containerShell(c.id, {});
  const code = await d.env.attachShell(session);
  release(code);
  await wait(c);
  return code;
}

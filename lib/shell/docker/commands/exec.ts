import { DaemonError, exec as execIn } from '../../../engine';
import { DETACHED, isInteractiveShell } from '../../container-console';
import { reportDaemonError } from '../errors';
import { arr, bool, str } from '../flags';
import type { DockerContext, Subcommand } from '../types';
import { detached, refuseWithoutTerminal, stdinIsTerminal, terminalColumns } from './console';

/** docker exec [-it] [-u USER] [-w DIR] [-e K=V] CONTAINER COMMAND [ARG...] */
export const exec: Subcommand = {
  path: 'container exec',
  aliases: ['exec'],
  summary: 'Execute a command in a running container',
  usage: '[OPTIONS] CONTAINER COMMAND [ARG...]',
  flags: [
    { name: 'interactive', short: 'i', type: 'bool' },
    { name: 'tty', short: 't', type: 'bool' },
    { name: 'detach', short: 'd', type: 'bool' },
    { name: 'user', short: 'u', type: 'string' },
    { name: 'workdir', short: 'w', type: 'string' },
    { name: 'env', short: 'e', type: 'array' },
  ],
  interspersed: false,
  args: { min: 2 },
  async run(d, flags, [ref, ...argv]) {
    const options = {
      user: str(flags, 'user'),
      workdir: str(flags, 'workdir'),
      env: arr(flags, 'env'),
    };
    const tty = bool(flags, 'tty');
    const stdin = bool(flags, 'interactive');
    try {
      const c = d.engine.container(ref!);
      if (c.state.status !== 'running')
        throw new DaemonError(`Container ${c.id} is not running`, 'conflict');
      if (tty && stdin && !stdinIsTerminal(d)) return refuseWithoutTerminal(d);
      // `exec -it c sh`: a new shell in the container takes the terminal until `exit`
      if (stdin && stdinIsTerminal(d) && isInteractiveShell(argv))
        return await interactiveShell(d, c.id, options, tty);
      // `exec -it r redis-cli`: the program's own prompt takes the terminal until it quits
      const repl = stdin && tty && stdinIsTerminal(d) && d.env.containerRepl?.(c.id, argv, options);
      if (repl && d.env.attachShell) {
        d.out.write(repl.banner);
        const code = await d.env.attachShell(repl, { tty });
        return code === DETACHED ? detached(d, 'says so') : code;
      }
      const io = { stdout: d.out, stderr: d.err };
      return await execIn(d.engine, c, argv, io, {
        ...options,
        tty: tty ? { columns: terminalColumns(d) } : null,
      });
    } catch (e) {
      if (e instanceof DaemonError && e.message.startsWith('OCI runtime exec failed')) {
        d.err.write(`${e.message}\r\n`); // the daemon's text really ends in CR LF
        return 126;
      }
      return reportDaemonError(d, e);
    }
  },
};

async function interactiveShell(
  d: DockerContext,
  id: string,
  options: { user?: string; workdir?: string },
  tty: boolean,
): Promise<number> {
  if (!d.env.containerShell || !d.env.attachShell) return refuseWithoutTerminal(d);
  const code = await d.env.attachShell(d.env.containerShell(id, options), { tty });
  return code === DETACHED ? detached(d, 'says so') : code;
}

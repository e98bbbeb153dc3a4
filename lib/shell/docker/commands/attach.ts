import { reportDaemonError } from '../errors';
import type { Subcommand } from '../types';
import { attachConsole, refuseWithoutTerminal, stdinIsTerminal, waitAttached } from './console';

/** docker attach CONTAINER: the terminal joins a running container (its shell, with -it). */
export const attach: Subcommand = {
  path: 'container attach',
  aliases: ['attach'],
  summary: 'Attach local standard input, output, and error streams to a running container',
  usage: '[OPTIONS] CONTAINER',
  flags: [],
  args: { exact: 1 },
  async run(d, _flags, [ref]) {
    try {
      const c = d.engine.container(ref!);
      if (c.state.status !== 'running') {
        d.err.write('You cannot attach to a stopped container, start it first\n');
        return 1;
      }
      if (c.config.tty && c.config.openStdin && !stdinIsTerminal(d))
        return refuseWithoutTerminal(d);
      const con = d.env.console?.(c.id);
      // the CLI resizes the TTY on attach, so the waiting shell redraws its prompt
      const how = { stdin: c.config.openStdin, resumed: false, detached: 'says so' as const };
      if (con) return await attachConsole(d, c, con, how);
      return await waitAttached(d, c);
    } catch (e) {
      return reportDaemonError(d, e);
    }
  },
};

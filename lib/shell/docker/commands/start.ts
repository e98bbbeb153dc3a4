import { start as startContainer } from '../../../engine';
import { reportDaemonError } from '../errors';
import { bool } from '../flags';
import type { Subcommand } from '../types';
import { attachConsole, terminalColumns, waitAttached } from './console';

/**
 * docker start [-a] [-i] CONTAINER...: prints each name as given; -a streams output and returns the
 * exit code; -ai on a container whose main process is a shell hands the terminal to that shell.
 */
export const start: Subcommand = {
  path: 'container start',
  aliases: ['start'],
  summary: 'Start one or more stopped containers',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  flags: [
    { name: 'attach', short: 'a', type: 'bool' },
    { name: 'interactive', short: 'i', type: 'bool' },
  ],
  args: { min: 1 },
  async run(d, flags, args) {
    const attach = bool(flags, 'attach');
    if (attach && args.length > 1) {
      d.err.write('you cannot start and attach multiple containers at once\n');
      return 1;
    }
    let status = 0;
    for (const ref of args) {
      try {
        const c = d.engine.container(ref);
        const resumed = c.state.status === 'running';
        const io = { stdout: d.out, stderr: d.err, columns: terminalColumns(d) };
        await startContainer(d.engine, c, attach ? io : {});
        const con = attach ? d.env.console?.(c.id) : undefined;
        const stdin = bool(flags, 'interactive') && c.config.openStdin;
        if (con) return await attachConsole(d, c, con, { stdin, resumed });
        if (attach) return await waitAttached(d, c);
        d.out.write(`${ref}\n`);
      } catch (e) {
        status = reportDaemonError(d, e);
      }
    }
    if (status !== 0 && args.length > 0 && !attach) {
      // the real CLI ends a partial failure with a summary line
      d.err.write(
        'Error: failed to start containers: ' +
          args.filter((a) => !isStarted(d, a)).join(', ') +
          '\n',
      );
    }
    return status;
  },
};

function isStarted(d: Parameters<Subcommand['run']>[0], ref: string): boolean {
  try {
    return d.engine.container(ref).state.status === 'running';
  } catch {
    return false;
  }
}

/** docker run: create + start; attached by default (streams output, exits with the container's code). */
import { DaemonError, start, type Container } from '../../../engine';
import { reportDaemonError, startErrorExitCode } from '../errors';
import { bool, str } from '../flags';
import type { Subcommand } from '../types';
import { checkImage, CREATE_FLAGS, createOptions } from './create-options';
import {
  attachConsole,
  refuseWithoutTerminal,
  stdinIsTerminal,
  terminalColumns,
  waitAttached,
} from './console';

export const run: Subcommand = {
  path: 'container run',
  aliases: ['run'],
  summary: 'Create and run a new container from an image',
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  flags: [...CREATE_FLAGS, { name: 'detach', short: 'd', type: 'bool' }],
  interspersed: false,
  args: { min: 1 },
  async run(d, flags, args) {
    const detached = bool(flags, 'detach');
    const stdin = bool(flags, 'interactive');
    if (stdin && bool(flags, 'tty') && !detached && !stdinIsTerminal(d))
      return refuseWithoutTerminal(d);
    const parsed = createOptions(d, flags, args);
    if ('exitCode' in parsed) return parsed.exitCode;
    const missing = await checkImage(d, parsed.options.image, str(flags, 'pull'));
    if (missing !== null) return missing;
    let container: Container;
    try {
      container = d.engine.create(parsed.options);
    } catch (e) {
      return reportDaemonError(d, e, true);
    }
    const io = detached ? {} : { stdout: d.out, stderr: d.err, columns: terminalColumns(d) };
    try {
      await start(d.engine, container, io);
    } catch (e) {
      return reportDaemonError(
        d,
        e,
        true,
        e instanceof DaemonError ? startErrorExitCode(e.message) : 125,
      );
    }
    if (detached) {
      d.out.write(`${container.id}\n`);
      return 0;
    }
    // `-it … sh`: the terminal becomes the container's shell until `exit`
    const con = d.env.console?.(container.id);
    if (con) return attachConsole(d, container, con, { stdin, resumed: false });
    return waitAttached(d, container);
  },
};

import { DaemonError, exec as execIn } from '../../../engine';
import { reportDaemonError } from '../errors';
import { arr, bool, str } from '../flags';
import type { Subcommand } from '../types';

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
    try {
      const c = d.engine.container(ref!);
      if (c.state.status !== 'running')
        throw new DaemonError(`Container ${c.id} is not running`, 'conflict');
      if (bool(flags, 'tty')) {
        if (!d.env.attachShell || !d.env.containerShell) {
          d.err.write('the input device is not a TTY\n');
          return 1;
        }
        const session = d.env.containerShell(c.id, options);
        if (argv.length === 1 && (argv[0] === 'sh' || argv[0] === '/bin/sh' || argv[0] === 'ash'))
          return d.env.attachShell(session);
        return (await session.exec(argv.join(' '))).exitCode;
      }
      return await execIn(d.engine, c, argv, { stdout: d.out, stderr: d.err }, options);
    } catch (e) {
      if (e instanceof DaemonError && e.message.startsWith('OCI runtime exec failed')) {
        d.err.write(`${e.message}\r\n`); // the daemon's text really ends in CR LF
        return 126;
      }
      return reportDaemonError(d, e);
    }
  },
};

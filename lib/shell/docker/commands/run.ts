/** docker run: create + start; attached by default (streams output, exits with the container's code). */
import { start, type Container } from '../../../engine';
import { reportDaemonError } from '../errors';
import { bool, str } from '../flags';
import type { DockerContext, Subcommand } from '../types';
import { checkImage, CREATE_FLAGS, createOptions } from './create-options';
import { attachInteractive, waitAttached } from './attach';

export const run: Subcommand = {
  path: 'container run',
  aliases: ['run'],
  summary: 'Create and run a new container from an image',
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  flags: [...CREATE_FLAGS, { name: 'detach', short: 'd', type: 'bool' }],
  interspersed: false,
  args: { min: 1 },
  async run(d, flags, args) {
    const interactive = bool(flags, 'interactive') && bool(flags, 'tty');
    if (bool(flags, 'tty') && !bool(flags, 'detach') && !d.env.attachShell) {
      d.err.write('the input device is not a TTY\n');
      return 1;
    }
    const parsed = createOptions(d, flags, args);
    if ('exitCode' in parsed) return parsed.exitCode;
    const missing = checkImage(d, parsed.options.image, str(flags, 'pull'));
    if (missing !== null) return missing;
    let container: Container;
    try {
      container = d.engine.create(parsed.options);
    } catch (e) {
      return reportDaemonError(d, e, true);
    }
    const detached = bool(flags, 'detach');
    // -it without -d: the terminal's shell becomes the container's main process.
    if (interactive && !detached) return attachInteractive(d, container);
    try {
      await start(d.engine, container, detached ? {} : { stdout: d.out, stderr: d.err });
    } catch (e) {
      return reportDaemonError(d, e, true, container.state.exitCode || 125);
    }
    if (detached) {
      d.out.write(`${container.id}\n`);
      return 0;
    }
    return waitAttached(d, container);
  },
};

export async function runAttached(d: DockerContext, c: Container): Promise<number> {
  return waitAttached(d, c);
}

import { reportDaemonError } from '../errors';
import { str } from '../flags';
import type { Subcommand } from '../types';
import { checkImage, CREATE_FLAGS, createOptions } from './create-options';

/** docker create: a container in state Created; prints its full ID. */
export const create: Subcommand = {
  path: 'container create',
  aliases: ['create'],
  summary: 'Create a new container',
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  flags: CREATE_FLAGS,
  interspersed: false,
  args: { min: 1 },
  async run(d, flags, args) {
    const parsed = createOptions(d, flags, args);
    if ('exitCode' in parsed) return parsed.exitCode;
    const missing = await checkImage(d, parsed.options.image, str(flags, 'pull'));
    if (missing !== null) return missing;
    try {
      d.out.write(`${d.engine.create(parsed.options).id}\n`);
      return 0;
    } catch (e) {
      return reportDaemonError(d, e);
    }
  },
};

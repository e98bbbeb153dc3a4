import { reportDaemonError } from '../errors';
import type { Subcommand } from '../types';

/** docker tag SOURCE TARGET: another name for the same image (no output). */
export const tag: Subcommand = {
  path: 'image tag',
  aliases: ['tag'],
  summary: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
  usage: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  flags: [],
  args: { exact: 2 },
  run(d, _flags, [source, target]) {
    try {
      d.engine.images.tag(d.engine.images.get(source!), target!);
      return 0;
    } catch (e) {
      return reportDaemonError(d, e);
    }
  },
};

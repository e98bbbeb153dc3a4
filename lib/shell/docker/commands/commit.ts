/** docker commit / container commit: a new image from a container's changes (engine/commit.ts). */
import { commitContainer } from '../../../engine';
import { reportDaemonError } from '../errors';
import { arr, str } from '../flags';
import { referenceError } from '../reference';
import type { Subcommand } from '../types';

export const commit: Subcommand = {
  path: 'container commit',
  aliases: ['commit'],
  summary: "Create a new image from a container's changes",
  usage: '[OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
  flags: [
    { name: 'author', short: 'a', type: 'string' },
    { name: 'change', short: 'c', type: 'array' },
    { name: 'message', short: 'm', type: 'string' },
    // pausing is how Docker gets a consistent copy; the simulation copies at once
    { name: 'pause', short: 'p', type: 'bool' },
  ],
  args: { min: 1, max: 2 },
  run(d, flags, [ref, repo]) {
    const problem = repo === undefined ? null : referenceError(repo);
    if (problem) {
      d.err.write(`${problem}\n`);
      return 1;
    }
    try {
      const image = commitContainer(d.engine, d.engine.container(ref!), {
        author: str(flags, 'author'),
        message: str(flags, 'message'),
        changes: arr(flags, 'change'),
      });
      if (repo !== undefined) d.engine.images.tag(image, repo);
      d.out.write(`${image.id}\n`);
      return 0;
    } catch (e) {
      return reportDaemonError(d, e);
    }
  },
};

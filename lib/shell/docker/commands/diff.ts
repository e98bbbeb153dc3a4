import { formatChanges } from '../../../fs';
import { reportDaemonError } from '../errors';
import type { Subcommand } from '../types';

/**
 * docker diff: what the writable layer changed against the image
 * (docs/semantics.md#what-docker-diff-reports); mounts never show.
 */
export const diff: Subcommand = {
  path: 'container diff',
  aliases: ['diff'],
  summary: "Inspect changes to files or directories on a container's filesystem",
  usage: 'CONTAINER',
  flags: [],
  args: { exact: 1 },
  run(d, _flags, [ref]) {
    try {
      d.out.write(formatChanges(d.engine.container(ref!).rootfs.diff()));
      return 0;
    } catch (e) {
      return reportDaemonError(d, e);
    }
  },
};

import { DaemonError } from '../../../engine';
import { reportDaemonError } from '../errors';
import type { Subcommand } from '../types';

export const rename: Subcommand = {
  path: 'container rename',
  aliases: ['rename'],
  summary: 'Rename a container',
  usage: 'CONTAINER NEW_NAME',
  flags: [],
  args: { exact: 2 },
  run(d, _flags, [ref, name]) {
    try {
      const c = d.engine.container(ref!);
      const clash = [...d.engine.containers.values()].find((o) => o.name === name && o !== c);
      if (clash)
        throw new DaemonError(
          `Error when allocating new name: Conflict. The container name "/${name}" is already in use by container "${clash.id}". You have to remove (or rename) that container to be able to reuse that name.`,
        );
      c.name = name!;
      return 0;
    } catch (e) {
      return reportDaemonError(d, e);
    }
  },
};

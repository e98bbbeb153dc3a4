import { remove } from '../../../engine';
import { confirm } from '../confirm';
import { humanSize } from '../format';
import { bool } from '../flags';
import type { DockerContext, Subcommand } from '../types';

/** Removes every stopped container (their writable layers), never volumes. */
export function pruneContainers(d: DockerContext): { ids: string[]; reclaimed: number } {
  const stopped = d.engine.list().filter((c) => c.state.status !== 'running');
  let reclaimed = 0;
  for (const c of stopped) {
    reclaimed += c.rootfs.upperSize();
    remove(d.engine, c);
  }
  return { ids: stopped.map((c) => c.id), reclaimed };
}

/** docker container prune. */
export const containerPrune: Subcommand = {
  path: 'container prune',
  summary: 'Remove all stopped containers',
  usage: '[OPTIONS]',
  flags: [
    { name: 'force', short: 'f', type: 'bool' },
    { name: 'filter', type: 'array' },
  ],
  args: { max: 0 },
  async run(d, flags) {
    if (
      !bool(flags, 'force') &&
      !(await confirm(d, 'WARNING! This will remove all stopped containers.'))
    )
      return 0;
    const { ids, reclaimed } = pruneContainers(d);
    if (ids.length > 0)
      d.out.write(`Deleted Containers:\n${ids.map((id) => `${id}\n`).join('')}\n`);
    d.out.write(`Total reclaimed space: ${humanSize(reclaimed)}\n`);
    return 0;
  },
};

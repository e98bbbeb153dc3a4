/**
 * docker system prune [-a] [--volumes]: stopped containers, then (with --volumes) unused
 * anonymous volumes (all unused volumes with -a too), then dangling images (all unused ones
 * with -a), each section as its own prune prints it, then the total.
 */
import { pruneVolumes } from '../../../engine';
import { confirm } from '../confirm';
import { bool } from '../flags';
import { humanSize } from '../format';
import type { Subcommand } from '../types';
import { pruneContainers } from './container-prune';
import { deletedImagesText, pruneImages } from './image-prune';

function warning(all: boolean, volumes: boolean): string {
  return [
    'WARNING! This will remove:',
    '  - all stopped containers',
    '  - all networks not used by at least one container',
    ...(volumes ? ['  - all anonymous volumes not used by at least one container'] : []),
    all
      ? '  - all images without at least one container associated to them'
      : '  - all dangling images',
    all ? '  - all build cache' : '  - unused build cache',
    '',
  ].join('\n');
}

export const systemPrune: Subcommand = {
  path: 'system prune',
  summary: 'Remove unused data',
  usage: '[OPTIONS]',
  flags: [
    { name: 'all', short: 'a', type: 'bool' },
    { name: 'force', short: 'f', type: 'bool' },
    { name: 'volumes', type: 'bool' },
    { name: 'filter', type: 'array' },
  ],
  args: { max: 0 },
  async run(d, flags) {
    const all = bool(flags, 'all');
    const volumes = bool(flags, 'volumes');
    if (!bool(flags, 'force') && !(await confirm(d, warning(all, volumes)))) return 0;
    const containers = pruneContainers(d);
    let reclaimed = containers.reclaimed;
    if (containers.ids.length > 0)
      d.out.write(`Deleted Containers:\n${containers.ids.map((id) => `${id}\n`).join('')}\n`);
    if (volumes) {
      const pruned = pruneVolumes(d.engine, all);
      reclaimed += pruned.reclaimed;
      if (pruned.deleted.length > 0)
        d.out.write(`Deleted Volumes:\n${pruned.deleted.map((n) => `${n}\n`).join('')}\n`);
    }
    const images = pruneImages(d, all);
    reclaimed += images.reclaimed;
    d.out.write(
      `${deletedImagesText(images.records)}Total reclaimed space: ${humanSize(reclaimed)}\n`,
    );
    return 0;
  },
};

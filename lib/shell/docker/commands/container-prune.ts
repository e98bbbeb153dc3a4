import { remove } from '../../../engine';
import { humanSize } from '../format';
import { bool } from '../flags';
import type { Subcommand } from '../types';

/** docker container prune: removes every stopped container (their writable layers), never volumes. */
export const containerPrune: Subcommand = {
  path: 'container prune',
  summary: 'Remove all stopped containers',
  usage: '[OPTIONS]',
  flags: [
    { name: 'force', short: 'f', type: 'bool' },
    { name: 'filter', type: 'array' },
  ],
  args: { max: 0 },
  run(d, flags) {
    if (!bool(flags, 'force')) {
      d.out.write(
        'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ',
      );
      const answer = d.sh.stdin.split('\n')[0]?.trim().toLowerCase() ?? '';
      if (answer !== 'y' && answer !== 'yes') return 0;
    }
    const stopped = d.engine.list().filter((c) => c.state.status !== 'running');
    let reclaimed = 0;
    for (const c of stopped) {
      reclaimed += c.rootfs.upperSize();
      remove(d.engine, c);
    }
    if (stopped.length > 0)
      d.out.write(`Deleted Containers:\n${stopped.map((c) => `${c.id}\n`).join('')}\n`);
    d.out.write(`Total reclaimed space: ${humanSize(reclaimed)}\n`);
    return 0;
  },
};

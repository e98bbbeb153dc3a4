/** docker volume create | ls | rm | prune (inspect: volume-inspect.ts). */
import { DaemonError, isValidVolumeName, pruneVolumes, removeVolume } from '../../../engine';
import { checkFilterFlag, filterVolumes, parseFilterArgs } from '../filters';
import { humanSize, naturalCompare, tabwriter } from '../format';
import { confirm } from '../confirm';
import { reportDaemonError, forEach } from '../errors';
import { arr, bool, str } from '../flags';
import type { Subcommand } from '../types';
import { renderList, VOLUME_LS_FORMAT, volumeRowContext } from '../inspect';

export const volumeCreate: Subcommand = {
  path: 'volume create',
  summary: 'Create a volume',
  usage: '[OPTIONS] [VOLUME]',
  flags: [
    { name: 'driver', short: 'd', type: 'string' },
    { name: 'label', type: 'array' },
    { name: 'name', type: 'string' },
    { name: 'opt', short: 'o', type: 'array' },
  ],
  args: { max: 1 },
  run(d, flags, args) {
    const name = args[0] ?? str(flags, 'name') ?? d.engine.ids.hex64();
    try {
      if (!isValidVolumeName(name))
        throw new DaemonError(
          `create ${name}: "${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`,
        );
      const labels = Object.fromEntries(
        arr(flags, 'label').map((l) => [l.split('=')[0]!, l.split('=').slice(1).join('=')]),
      );
      d.engine.volumes.create(name, {
        anonymous: false,
        labels: arr(flags, 'label').length > 0 ? labels : null,
      });
      d.out.write(`${name}\n`);
      return 0;
    } catch (e) {
      return reportDaemonError(d, e);
    }
  },
};

export const volumeLs: Subcommand = {
  path: 'volume ls',
  groupAliases: ['list'],
  summary: 'List volumes',
  usage: '[OPTIONS]',
  flags: [
    { name: 'quiet', short: 'q', type: 'bool' },
    { name: 'filter', short: 'f', type: 'array', validate: checkFilterFlag },
    { name: 'format', type: 'string' },
  ],
  args: { max: 0 },
  run(d, flags) {
    let volumes;
    try {
      volumes = filterVolumes(
        d.engine,
        d.engine.volumes.all().sort((a, b) => naturalCompare(a.name, b.name)),
        parseFilterArgs(arr(flags, 'filter')),
      );
    } catch (e) {
      return reportDaemonError(d, e);
    }
    if (bool(flags, 'quiet')) {
      for (const v of volumes) d.out.write(`${v.name}\n`);
      return 0;
    }
    const format = str(flags, 'format');
    if (format !== undefined && format !== 'table') {
      const out = renderList(format, volumes.map(volumeRowContext), VOLUME_LS_FORMAT);
      d.out.write(out.stdout);
      d.err.write(out.stderr);
      return out.exitCode;
    }
    d.out.write(tabwriter([['DRIVER', 'VOLUME NAME'], ...volumes.map((v) => ['local', v.name])]));
    return 0;
  },
};

export const volumeRm: Subcommand = {
  path: 'volume rm',
  groupAliases: ['remove'],
  summary: 'Remove one or more volumes',
  usage: '[OPTIONS] VOLUME [VOLUME...]',
  flags: [{ name: 'force', short: 'f', type: 'bool' }],
  args: { min: 1 },
  run: (d, flags, args) =>
    forEach(d, args, (name) => {
      removeVolume(d.engine, name, bool(flags, 'force'));
      d.out.write(`${name}\n`);
    }),
};

export const volumePrune: Subcommand = {
  path: 'volume prune',
  summary: 'Remove unused local volumes',
  usage: '[OPTIONS]',
  flags: [
    { name: 'force', short: 'f', type: 'bool' },
    { name: 'all', short: 'a', type: 'bool' },
    { name: 'filter', type: 'array' },
  ],
  args: { max: 0 },
  async run(d, flags) {
    const all = bool(flags, 'all');
    const warning = `WARNING! This will remove ${all ? 'all local volumes' : 'anonymous local volumes'} not used by at least one container.`;
    if (!bool(flags, 'force') && !(await confirm(d, warning))) return 0;
    try {
      const { deleted, reclaimed } = pruneVolumes(d.engine, all);
      if (deleted.length > 0)
        d.out.write(`Deleted Volumes:\n${deleted.map((n) => `${n}\n`).join('')}\n`);
      d.out.write(`Total reclaimed space: ${humanSize(reclaimed)}\n`);
      return 0;
    } catch (e) {
      return reportDaemonError(d, e);
    }
  },
};

/** docker system df [-v]: space used by images, containers (writable layers) and volumes. */
import { commandLine, imageSize, volumeSize, volumeUsers } from '../../../engine';
import { layerSize } from '../../../fs';
import { createdAgo, humanSize, humanSizeWithPrecision, quoteCommand, tabwriter } from '../format';
import { bool } from '../flags';
import type { Subcommand } from '../types';

const size4 = (n: number) => humanSizeWithPrecision(n, 4);
const pct = (part: number, whole: number) =>
  whole === 0 ? '' : ` (${Math.trunc((part * 100) / whole)}%)`;

export const systemDf: Subcommand = {
  path: 'system df',
  summary: 'Show docker disk usage',
  usage: '[OPTIONS]',
  flags: [
    { name: 'verbose', short: 'v', type: 'bool' },
    { name: 'format', type: 'string' },
  ],
  args: { max: 0 },
  run(d, flags) {
    const e = d.engine;
    const containers = [...e.containers.values()];
    const images = e.images.all();
    const usedImages = new Set(containers.map((c) => c.image.id));
    const layerOwners = new Map<object, number>();
    for (const image of images)
      for (const l of image.layers) layerOwners.set(l, (layerOwners.get(l) ?? 0) + 1);
    const uniqueLayers = new Set(images.flatMap((i) => i.layers));
    let imagesTotal = 0;
    for (const l of uniqueLayers) imagesTotal += layerSize(l);
    const reclaimImages = images
      .filter((i) => !usedImages.has(i.id))
      .reduce((s, i) => s + imageSize(i), 0);
    const containerSizes = containers.map((c) => c.rootfs.upperSize());
    const containersTotal = containerSizes.reduce((a, b) => a + b, 0);
    const stopped = containers
      .filter((c) => c.state.status !== 'running')
      .reduce((s, c) => s + c.rootfs.upperSize(), 0);
    const volumes = e.volumes.all();
    const volumesTotal = volumes.reduce((s, v) => s + volumeSize(v), 0);
    const unusedVolumes = volumes
      .filter((v) => volumeUsers(e, v).length === 0)
      .reduce((s, v) => s + volumeSize(v), 0);
    if (!bool(flags, 'verbose')) {
      d.out.write(
        tabwriter([
          ['TYPE', 'TOTAL', 'ACTIVE', 'SIZE', 'RECLAIMABLE'],
          [
            'Images',
            String(images.length),
            String(usedImages.size),
            size4(imagesTotal),
            `${size4(Math.min(reclaimImages, imagesTotal))}${pct(Math.min(reclaimImages, imagesTotal), imagesTotal)}`,
          ],
          [
            'Containers',
            String(containers.length),
            String(containers.filter((c) => c.state.status === 'running').length),
            size4(containersTotal),
            `${size4(stopped)}${pct(stopped, containersTotal)}`,
          ],
          [
            'Local Volumes',
            String(volumes.length),
            String(volumes.filter((v) => volumeUsers(e, v).length > 0).length),
            size4(volumesTotal),
            `${size4(unusedVolumes)}${pct(unusedVolumes, volumesTotal)}`,
          ],
          ['Build Cache', '0', '0', '0B', '0B'],
        ]),
      );
      return 0;
    }
    d.out.write('Images space usage:\n\n');
    d.out.write(
      tabwriter([
        [
          'REPOSITORY',
          'TAG',
          'IMAGE ID',
          'CREATED',
          'SIZE',
          'SHARED SIZE',
          'UNIQUE SIZE',
          'CONTAINERS',
        ],
        ...images.flatMap((i) =>
          i.repoTags.map((t) => {
            const shared = i.layers
              .filter((l) => (layerOwners.get(l) ?? 0) > 1)
              .reduce((s, l) => s + layerSize(l), 0);
            const k = t.lastIndexOf(':');
            return [
              t.slice(0, k),
              t.slice(k + 1),
              i.id.slice(7, 19),
              createdAgo(e.scheduler.now() - i.created),
              humanSize(imageSize(i)),
              size4(shared),
              size4(imageSize(i) - shared),
              String(containers.filter((c) => c.image === i).length),
            ];
          }),
        ),
      ]),
    );
    d.out.write('\nContainers space usage:\n\n');
    d.out.write(
      tabwriter([
        ['CONTAINER ID', 'IMAGE', 'COMMAND', 'LOCAL VOLUMES', 'SIZE', 'CREATED', 'STATUS', 'NAMES'],
        ...containers.map((c) => [
          c.id.slice(0, 12),
          c.imageRef,
          quoteCommand(commandLine(c).join(' ')),
          String(c.mounts.filter((m) => m.type === 'volume').length),
          humanSize(c.rootfs.upperSize()),
          createdAgo(e.scheduler.now() - c.created),
          c.state.status,
          c.name,
        ]),
      ]),
    );
    d.out.write('\nLocal Volumes space usage:\n\n');
    d.out.write(
      tabwriter([
        ['VOLUME NAME', 'LINKS', 'SIZE'],
        ...volumes.map((v) => [v.name, String(volumeUsers(e, v).length), humanSize(volumeSize(v))]),
      ]),
    );
    d.out.write('\nBuild cache usage: 0B\n');
    return 0;
  },
};

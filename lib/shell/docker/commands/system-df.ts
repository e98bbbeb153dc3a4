/** docker system df [-v]: space used by images, containers (writable layers) and volumes. */
import { commandLine, imageSize, volumeSize, volumeUsers, type Engine } from '../../../engine';
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
    if (!bool(flags, 'verbose')) {
      d.out.write(summary(d.engine));
      return 0;
    }
    d.out.write(`Images space usage:\n\n${imagesUsage(d.engine)}`);
    d.out.write(`\nContainers space usage:\n\n${containersUsage(d.engine)}`);
    d.out.write(`\nLocal Volumes space usage:\n\n${volumesUsage(d.engine)}`);
    d.out.write('\nBuild cache usage: 0B\n');
    return 0;
  },
};

/** How many images hold each layer (a layer in two images is shared). */
function layerOwners(e: Engine): Map<object, number> {
  const owners = new Map<object, number>();
  for (const image of e.images.all())
    for (const l of image.layers) owners.set(l, (owners.get(l) ?? 0) + 1);
  return owners;
}

/** The table without -v: totals, active and reclaimable space per type. */
function summary(e: Engine): string {
  const containers = [...e.containers.values()];
  const images = e.images.all();
  const usedImages = new Set(containers.map((c) => c.image.id));
  let imagesTotal = 0;
  for (const l of new Set(images.flatMap((i) => i.layers))) imagesTotal += layerSize(l);
  const reclaimImages = Math.min(
    images.filter((i) => !usedImages.has(i.id)).reduce((s, i) => s + imageSize(i), 0),
    imagesTotal,
  );
  const containersTotal = containers.reduce((s, c) => s + c.rootfs.upperSize(), 0);
  const stopped = containers
    .filter((c) => c.state.status !== 'running')
    .reduce((s, c) => s + c.rootfs.upperSize(), 0);
  const volumes = e.volumes.all();
  const volumesTotal = volumes.reduce((s, v) => s + volumeSize(v), 0);
  const unusedVolumes = volumes
    .filter((v) => volumeUsers(e, v).length === 0)
    .reduce((s, v) => s + volumeSize(v), 0);
  return tabwriter([
    ['TYPE', 'TOTAL', 'ACTIVE', 'SIZE', 'RECLAIMABLE'],
    [
      'Images',
      String(images.length),
      String(usedImages.size),
      size4(imagesTotal),
      `${size4(reclaimImages)}${pct(reclaimImages, imagesTotal)}`,
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
  ]);
}

/** -v: one row per image tag, with the size it shares with other images. */
function imagesUsage(e: Engine): string {
  const owners = layerOwners(e);
  const containers = [...e.containers.values()];
  const header = [
    'REPOSITORY',
    'TAG',
    'IMAGE ID',
    'CREATED',
    'SIZE',
    'SHARED SIZE',
    'UNIQUE SIZE',
    'CONTAINERS',
  ];
  const rows = e.images.all().flatMap((i) =>
    i.repoTags.map((t) => {
      const shared = i.layers
        .filter((l) => (owners.get(l) ?? 0) > 1)
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
  );
  return tabwriter([header, ...rows]);
}

/** -v: one row per container with its writable layer's size. */
function containersUsage(e: Engine): string {
  return tabwriter([
    ['CONTAINER ID', 'IMAGE', 'COMMAND', 'LOCAL VOLUMES', 'SIZE', 'CREATED', 'STATUS', 'NAMES'],
    ...[...e.containers.values()].map((c) => [
      c.id.slice(0, 12),
      c.imageRef,
      quoteCommand(commandLine(c).join(' ')),
      String(c.mounts.filter((m) => m.type === 'volume').length),
      humanSize(c.rootfs.upperSize()),
      createdAgo(e.scheduler.now() - c.created),
      c.state.status,
      c.name,
    ]),
  ]);
}

/** -v: one row per volume with how many containers link it. */
function volumesUsage(e: Engine): string {
  return tabwriter([
    ['VOLUME NAME', 'LINKS', 'SIZE'],
    ...e.volumes
      .all()
      .map((v) => [v.name, String(volumeUsers(e, v).length), humanSize(volumeSize(v))]),
  ]);
}

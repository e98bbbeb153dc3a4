/** docker images / image ls. */
import { imageSize, shortId, type Image } from '../../../engine';
import { createdAgo, humanSize, tabwriter } from '../format';
import { bool, str } from '../flags';
import type { DockerContext, Subcommand } from '../types';
import { formatRows } from './format-rows';

function imageRows(d: DockerContext, images: Image[], noTrunc: boolean) {
  const now = d.engine.scheduler.now();
  return images
    .slice()
    .sort((a, b) => b.created - a.created)
    .flatMap((image) =>
      (image.repoTags.length > 0 ? image.repoTags : ['<none>:<none>']).map((tag) => {
        const i = tag.lastIndexOf(':');
        const fields = {
          Repository: tag.slice(0, i),
          Tag: tag.slice(i + 1),
          ID: noTrunc ? image.id : shortId(image.id),
          CreatedSince: createdAgo(now - image.created),
          CreatedAt: new Date(image.created).toISOString(),
          Size: humanSize(imageSize(image)),
        };
        return { fields };
      }),
    );
}

export const images: Subcommand = {
  path: 'image ls',
  aliases: ['images'],
  groupAliases: ['list'],
  summary: 'List images',
  usage: '[OPTIONS] [REPOSITORY[:TAG]]',
  flags: [
    { name: 'all', short: 'a', type: 'bool' },
    { name: 'quiet', short: 'q', type: 'bool' },
    { name: 'no-trunc', type: 'bool' },
    { name: 'format', type: 'string' },
    { name: 'filter', short: 'f', type: 'array' },
  ],
  args: { max: 1 },
  run(d, flags, [repo]) {
    let list = d.engine.images.all();
    if (repo !== undefined) {
      const [name, tag] = repo.split(':');
      list = list.filter((image) =>
        image.repoTags.some(
          (t) => t.startsWith(`${name}:`) && (tag === undefined || t === `${name}:${tag}`),
        ),
      );
    }
    const rows = imageRows(d, list, bool(flags, 'no-trunc'));
    if (bool(flags, 'quiet')) {
      for (const id of new Set(rows.map((r) => r.fields.ID))) d.out.write(`${id}\n`);
      return 0;
    }
    const format = str(flags, 'format');
    if (format !== undefined && format !== 'table') return formatRows(d, format, rows);
    const header = ['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'];
    d.out.write(
      tabwriter([
        header,
        ...rows.map((r) => [
          r.fields.Repository,
          r.fields.Tag,
          r.fields.ID,
          r.fields.CreatedSince,
          r.fields.Size,
        ]),
      ]),
    );
    return 0;
  },
};

/** docker images / image ls. */
import { imageSize, shortId, type Image } from '../../../engine';
import { createdAgo, humanSize, tabwriter } from '../format';
import { reportDaemonError } from '../errors';
import { arr, bool, str } from '../flags';
import { filterImages, matchesReference, splitTag } from './image-filter';
import type { DockerContext, Subcommand } from '../types';
import { formatRows } from './format-rows';

function imageRows(d: DockerContext, images: Image[], noTrunc: boolean) {
  const now = d.engine.scheduler.now();
  return images
    .slice()
    .sort((a, b) => b.created - a.created)
    .flatMap((image) =>
      (image.repoTags.length > 0 ? image.repoTags : ['<none>:<none>']).map((tag) => {
        const [repository, tagName] = splitTag(tag);
        const digest = image.repoDigests?.find((r) => r.startsWith(`${repository}@`));
        const fields = {
          Repository: repository,
          Tag: tagName,
          Digest: digest ? digest.slice(digest.indexOf('@') + 1) : '<none>',
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
    { name: 'digests', type: 'bool' },
  ],
  args: { max: 1 },
  run(d, flags, [repo]) {
    let list: Image[];
    try {
      list = filterImages(d.engine.images, d.engine.images.all(), arr(flags, 'filter'), repo);
    } catch (e) {
      return reportDaemonError(d, e);
    }
    // a reference pattern also picks which of an image's tags are listed
    const patterns = [
      ...(repo === undefined ? [] : [repo]),
      ...arr(flags, 'filter')
        .filter((f) => f.startsWith('reference='))
        .map((f) => f.slice('reference='.length)),
    ];
    const rows = imageRows(d, list, bool(flags, 'no-trunc')).filter((r) =>
      patterns.every((p) => matchesReference(p, `${r.fields.Repository}:${r.fields.Tag}`)),
    );
    if (bool(flags, 'quiet')) {
      for (const id of new Set(rows.map((r) => r.fields.ID))) d.out.write(`${id}\n`);
      return 0;
    }
    const format = str(flags, 'format');
    if (format !== undefined && format !== 'table') return formatRows(d, format, rows);
    const digests = bool(flags, 'digests');
    const header = [
      'REPOSITORY',
      'TAG',
      ...(digests ? ['DIGEST'] : []),
      'IMAGE ID',
      'CREATED',
      'SIZE',
    ];
    d.out.write(
      tabwriter([
        header,
        ...rows.map((r) => [
          r.fields.Repository,
          r.fields.Tag,
          ...(digests ? [r.fields.Digest] : []),
          r.fields.ID,
          r.fields.CreatedSince,
          r.fields.Size,
        ]),
      ]),
    );
    return 0;
  },
};

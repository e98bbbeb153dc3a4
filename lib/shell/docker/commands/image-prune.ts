/**
 * docker image prune [-a]: dangling images (no name, nothing built on them), or with -a every
 * image, each deleted name by name in sorted order as the daemon's ImageDelete does: an image
 * a container uses loses every name but its last (that delete is refused, and a refused delete
 * is skipped without a word); an image others are built on loses its names and stays.
 */
import { DaemonError, type Image } from '../../../engine';
import { humanSize } from '../format';
import { confirm } from '../confirm';
import { bool } from '../flags';
import { deleteImage, hasChildren, reclaimedBy, type DeleteRecord } from '../image-delete';
import type { Layer } from '../../../fs';
import type { DockerContext, Subcommand } from '../types';

/** The daemon's reference store sorts names fully qualified (docker.io/library/alpine:3.9). */
function qualified(tag: string): string {
  const slash = tag.indexOf('/');
  const first = tag.slice(0, slash);
  if (slash < 0) return `docker.io/library/${tag}`;
  return /[.:]/.test(first) || first === 'localhost' ? tag : `docker.io/${tag}`;
}

function tryDelete(d: DockerContext, ref: string, out: DeleteRecord[], layers: Layer[]): void {
  try {
    const result = deleteImage(d, ref, false);
    out.push(...result.records);
    layers.push(...result.layers);
  } catch (e) {
    if (!(e instanceof DaemonError)) throw e;
  }
}

function deleteOne(d: DockerContext, image: Image, out: DeleteRecord[], layers: Layer[]): void {
  const tags = [...image.repoTags].sort((a, b) => (qualified(a) < qualified(b) ? -1 : 1));
  for (const tag of tags) tryDelete(d, tag, out, layers);
  if (tags.length === 0) tryDelete(d, image.id, out, layers);
}

/** Prunes and returns the records and the space freed; shared with `docker system prune`. */
export function pruneImages(
  d: DockerContext,
  all: boolean,
): { records: DeleteRecord[]; reclaimed: number } {
  const records: DeleteRecord[] = [];
  const layers: Layer[] = [];
  const candidates = d.engine.images
    .all()
    .filter((i) => (all ? true : i.repoTags.length === 0 && !hasChildren(d, i)));
  for (const image of candidates) deleteOne(d, image, records, layers);
  return { records, reclaimed: reclaimedBy(layers) };
}

export function deletedImagesText(records: readonly DeleteRecord[]): string {
  if (records.length === 0) return '';
  const lines = records.map((r) =>
    r.untagged ? `untagged: ${r.untagged}` : `deleted: ${r.deleted}`,
  );
  return `Deleted Images:\n${lines.join('\n')}\n\n`;
}

export const imagePrune: Subcommand = {
  path: 'image prune',
  summary: 'Remove unused images',
  usage: '[OPTIONS]',
  flags: [
    { name: 'all', short: 'a', type: 'bool' },
    { name: 'force', short: 'f', type: 'bool' },
    { name: 'filter', type: 'array' },
  ],
  args: { max: 0 },
  async run(d, flags) {
    const all = bool(flags, 'all');
    const warning = all
      ? 'WARNING! This will remove all images without at least one container associated to them.'
      : 'WARNING! This will remove all dangling images.';
    if (!bool(flags, 'force') && !(await confirm(d, warning))) return 0;
    const { records, reclaimed } = pruneImages(d, all);
    d.out.write(`${deletedImagesText(records)}Total reclaimed space: ${humanSize(reclaimed)}\n`);
    return 0;
  },
};

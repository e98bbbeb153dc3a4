/**
 * The daemon's ImageDelete, shared by `docker rmi` and the prunes: a name of an image with
 * other names is only untagged; the last name (or the ID) deletes the image with its untagged
 * build steps and their layers, unless a container uses it or another image is built on it.
 */
import { DaemonError, descendsFrom, normalizeRef, shortId, type Image } from '../../engine';
import type { Layer } from '../../fs';
import { layerSize } from '../../fs';
import type { DockerContext } from './types';

export interface DeleteRecord {
  untagged?: string;
  deleted?: string;
}

export interface DeleteResult {
  records: DeleteRecord[];
  /** The layers that went with the image (prune's reclaimed space). */
  layers: Layer[];
}

/** Deletes by name or ID as `docker rmi` does; DaemonError 'conflict' when it may not. */
export function deleteImage(d: DockerContext, ref: string, force: boolean): DeleteResult {
  const image = d.engine.images.get(ref);
  const byTag = image.repoTags.includes(normalizeRef(ref));
  if (byTag && image.repoTags.length > 1) {
    image.repoTags = image.repoTags.filter((t) => t !== normalizeRef(ref));
    const records: DeleteRecord[] = [{ untagged: normalizeRef(ref) }];
    // the last tag of a repository takes its repo@digest with it
    const repo = normalizeRef(ref).replace(/:[^:/]*$/, '');
    if (!image.repoTags.some((t) => t.startsWith(`${repo}:`)))
      for (const digest of (image.repoDigests ?? []).filter((r) => r.startsWith(`${repo}@`))) {
        records.push({ untagged: digest });
        image.repoDigests = image.repoDigests!.filter((r) => r !== digest);
      }
    return { records, layers: [] };
  }
  const user = [...d.engine.containers.values()].find((c) => c.image === image);
  if (user && !force) {
    const what = byTag
      ? `unable to remove repository reference "${ref}" (must force)`
      : `unable to delete ${shortId(image.id)} (must be forced)`;
    throw new DaemonError(
      `conflict: ${what} - container ${shortId(user.id)} is using its referenced image ${shortId(image.id)}`,
      'conflict',
    );
  }
  const children = hasChildren(d, image);
  if (children && !byTag)
    throw new DaemonError(
      `conflict: unable to delete ${shortId(image.id)} (cannot be forced) - image has dependent child images`,
      'conflict',
    );
  const records: DeleteRecord[] = image.repoTags.map((t) => ({ untagged: t }));
  // a pulled image also loses its repo@digest references
  for (const digest of image.repoDigests ?? []) records.push({ untagged: digest });
  if (image.repoDigests) image.repoDigests = [];
  image.repoTags = [];
  // forced while in use, or other images are built on it: the image stays, untagged
  if (user || children) return { records, layers: [] };
  d.engine.images.remove(image);
  const { lines, layers } = deletedSteps(d, image);
  return { records: [...records, ...lines.map((deleted) => ({ deleted }))], layers };
}

/** Whether another stored image was built on `image` (`image has dependent child images`). */
export function hasChildren(d: DockerContext, image: Image): boolean {
  return d.engine.images.all().some((i) => i !== image && descendsFrom(i, image));
}

/** The image, then each untagged build step below it with its layer, until a shared one. */
function deletedSteps(d: DockerContext, image: Image): { lines: string[]; layers: Layer[] } {
  const others = d.engine.images.all();
  const usedLayers = new Set(others.flatMap((i) => i.layers));
  const usedSteps = new Set(others.flatMap((i) => [i.id, ...i.history.map((h) => h.stepId)]));
  const lines = [image.id];
  const layers: Layer[] = [];
  if (image.history.every((h) => h.stepId === undefined)) {
    // pulled (no build steps here): its layers, top down, while no other image uses them
    for (const own of [...image.layers].reverse()) {
      if (usedLayers.has(own)) break;
      lines.push(own.id);
      layers.push(own);
    }
    return { lines, layers };
  }
  let layer = image.layers.length - 1;
  for (let i = image.history.length - 1; i >= 0; i--) {
    const step = image.history[i]!;
    const own = step.emptyLayer ? null : image.layers[layer--];
    if (i < image.history.length - 1) {
      if (!step.stepId || usedSteps.has(step.stepId)) break;
      lines.push(step.stepId);
    }
    if (own && !usedLayers.has(own) && /^[0-9a-f]{64}$/.test(own.id)) {
      lines.push(`sha256:${own.id}`);
      layers.push(own);
    }
  }
  return { lines, layers };
}

export const reclaimedBy = (layers: readonly Layer[]): number =>
  layers.reduce((sum, l) => sum + layerSize(l), 0);

/** docker rmi / image rm: untag, and delete the image (with its untagged build steps) when the last tag goes. */
import { DaemonError, normalizeRef, shortId, type Image } from '../../../engine';
import { forEach } from '../errors';
import { bool } from '../flags';
import type { DockerContext, Subcommand } from '../types';

export const rmi: Subcommand = {
  path: 'image rm',
  aliases: ['rmi'],
  groupAliases: ['remove'],
  summary: 'Remove one or more images',
  usage: '[OPTIONS] IMAGE [IMAGE...]',
  flags: [
    { name: 'force', short: 'f', type: 'bool' },
    { name: 'no-prune', type: 'bool' },
  ],
  args: { min: 1 },
  run: (d, flags, args) => forEach(d, args, (ref) => removeImage(d, ref, bool(flags, 'force'))),
};

function removeImage(d: DockerContext, ref: string, force: boolean): void {
  const image = d.engine.images.get(ref);
  const byTag = image.repoTags.includes(normalizeRef(ref));
  if (byTag && image.repoTags.length > 1) {
    image.repoTags = image.repoTags.filter((t) => t !== normalizeRef(ref));
    d.out.write(`Untagged: ${normalizeRef(ref)}\n`);
    // the last tag of a repository takes its repo@digest with it
    const repo = normalizeRef(ref).replace(/:[^:/]*$/, '');
    if (!image.repoTags.some((t) => t.startsWith(`${repo}:`)))
      for (const digest of (image.repoDigests ?? []).filter((r) => r.startsWith(`${repo}@`))) {
        d.out.write(`Untagged: ${digest}\n`);
        image.repoDigests = image.repoDigests!.filter((r) => r !== digest);
      }
    return;
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
  for (const tag of image.repoTags) d.out.write(`Untagged: ${tag}\n`);
  // a pulled image also loses its repo@digest reference
  for (const digest of image.repoDigests ?? []) d.out.write(`Untagged: ${digest}\n`);
  if (image.repoDigests) image.repoDigests = [];
  image.repoTags = [];
  if (user) return; // forced while in use: the image stays, untagged, as Docker does
  d.engine.images.remove(image);
  for (const line of deletedLines(d, image)) d.out.write(`Deleted: ${line}\n`);
}

/** The image, then each untagged build step below it with its layer, until a shared one. */
function deletedLines(d: DockerContext, image: Image): string[] {
  const others = d.engine.images.all();
  const usedLayers = new Set(others.flatMap((i) => i.layers));
  const usedSteps = new Set(others.flatMap((i) => [i.id, ...i.history.map((h) => h.stepId)]));
  const lines = [image.id];
  if (image.history.every((h) => h.stepId === undefined)) {
    // pulled (no build steps here): its layers, top down, while no other image uses them
    for (const own of [...image.layers].reverse()) {
      if (usedLayers.has(own)) break;
      lines.push(own.id);
    }
    return lines;
  }
  let layer = image.layers.length - 1;
  for (let i = image.history.length - 1; i >= 0; i--) {
    const step = image.history[i]!;
    const own = step.emptyLayer ? null : image.layers[layer--];
    if (i < image.history.length - 1) {
      if (!step.stepId || usedSteps.has(step.stepId)) break;
      lines.push(step.stepId);
    }
    if (own && !usedLayers.has(own) && /^[0-9a-f]{64}$/.test(own.id))
      lines.push(`sha256:${own.id}`);
  }
  return lines;
}

/** Every image the simulated daemon starts with. */
import type { InodeSource } from '../../fs';
import type { Image, ImageStore } from '../image';
import type { Registry } from '../registry/registry';
import { bookImages } from './book';
import { busyboxImage } from './rootfs';

/** Build time of the preloaded images: 2024-01-01T00:00:00Z. */
export const PRELOAD_TIME = 1_704_067_200_000;

/**
 * Which images are there before the first command:
 * - 'book': the book's images (diamol/*), as after the learner pulled them; every other image
 *   comes from the registry (`docker run alpine` pulls alpine).
 * - 'oracle': also the oracle daemon's local stand-ins `busybox:latest` and `alpine:3.9` (the
 *   BusyBox root under diamol/base), so its recorded transcripts replay.
 */
export type PreloadSet = 'book' | 'oracle';

export function preloadImages(
  store: ImageStore,
  inodes: InodeSource,
  registry?: Registry,
  set: PreloadSet = 'book',
): void {
  const ctx = { created: PRELOAD_TIME, inodes };
  const base = busyboxImage(ctx);
  store.add(base);
  store.tag(base, 'diamol/base:latest');
  if (set === 'oracle') for (const tag of ['busybox:latest', 'alpine:3.9']) store.tag(base, tag);
  const pulled = (tag: string, image: Image) => {
    if (!registry) return;
    if (set === 'oracle') return registry.serve(tag, image); // built locally there: no digest
    registry.serve(tag, image);
    // as after `docker pull`: the image knows the digest it came by
    image.repoDigests = [`${tag.slice(0, tag.lastIndexOf(':'))}@${registry.digestOf(image)}`];
  };
  pulled('diamol/base:latest', base);
  for (const [tag, image] of Object.entries(bookImages(base, ctx))) {
    store.add(image);
    store.tag(image, tag);
    pulled(tag, image);
  }
}

/** Every image the simulated daemon starts with. */
import type { InodeSource } from '../../fs';
import type { ImageStore } from '../image';
import { bookImages } from './book';
import { busyboxImage } from './rootfs';

/** Build time of the preloaded images: 2024-01-01T00:00:00Z. */
export const PRELOAD_TIME = 1_704_067_200_000;

export function preloadImages(store: ImageStore, inodes: InodeSource): void {
  const ctx = { created: PRELOAD_TIME, inodes };
  const base = busyboxImage(ctx);
  store.add(base);
  for (const tag of ['busybox:latest', 'alpine:3.9', 'diamol/base:latest']) store.tag(base, tag);
  for (const [tag, image] of Object.entries(bookImages(base, ctx))) {
    store.add(image);
    store.tag(image, tag);
  }
}

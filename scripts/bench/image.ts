/** Synthetic images for the benchmark: 10 layers, files spread over dirs that merge across layers. */
import { Layer, inodeCounter, logicalClock } from '../../lib/fs/index';

export const LAYERS = 10;
export const FILES_PER_DIR = 100;

/** Path of file `i` (of `total`): /usr/share/pkgNNN/file-M.txt, dirs shared by all layers. */
export function filePath(i: number): string {
  return `/usr/share/pkg${Math.floor(i / FILES_PER_DIR)}/file-${i}.txt`;
}

/** An image of `total` files, `total / LAYERS` per layer; file i lives in layer i % LAYERS. */
export function buildImage(total: number): Layer[] {
  const clock = logicalClock();
  const inodes = inodeCounter();
  const layers = Array.from(
    { length: LAYERS },
    (_, n) => new Layer({ id: `l${n}`, clock, inodes }),
  );
  const content = new TextEncoder().encode('x'.repeat(64));
  for (let i = 0; i < total; i++) layers[i % LAYERS]?.putFile(filePath(i), content);
  return layers;
}

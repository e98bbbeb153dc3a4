/**
 * The local registry the transcripts in fixtures-registry/ were recorded against (Debian's
 * docker-registry on 127.0.0.1:5103), served by the simulated registry: the same images, built
 * on the oracle's BusyBox stand-in as they were there (see pull.cmds).
 */
import { type Image, imageFrom, PRELOAD_TIME } from '../../engine';
import type { Machine } from '../../machine';

export const LOCAL_REGISTRY = '127.0.0.1:5103';

/** A pulled image has no step IDs of its own (its history rows are `<missing>`). */
function pulled(image: Image): Image {
  return { ...image, history: image.history.map((h) => ({ ...h, stepId: undefined })) };
}

export function serveLocalRegistry(machine: Machine): void {
  const { engine } = machine;
  const base = engine.images.get('diamol/base');
  const ctx = (after: number) => ({ created: PRELOAD_TIME + after, inodes: engine.inodes });
  const tools = imageFrom(
    base,
    `${LOCAL_REGISTRY}/tools:1`,
    [
      {
        createdBy: '/bin/sh -c #(nop) COPY file:x in /tool.txt ',
        files: { '/tool.txt': 'tool\n' },
      },
    ],
    ctx(1000),
  );
  const steps = ['one', 'two', 'three', 'four', 'five'].map((name, i) => ({
    createdBy: `/bin/sh -c echo ${i + 1} > /${name}`,
    files: { [`/${name}`]: `${i + 1}\n` },
  }));
  const five = imageFrom(
    base,
    `${LOCAL_REGISTRY}/five:1`,
    [
      ...steps,
      { createdBy: '/bin/sh -c #(nop)  CMD ["cat" "/one"]', config: { Cmd: ['cat', '/one'] } },
    ],
    ctx(2000),
  );
  engine.registry.serve(`${LOCAL_REGISTRY}/tools:1`, pulled(tools));
  engine.registry.serve(`${LOCAL_REGISTRY}/five:1`, pulled(five));
  engine.registry.serve(`${LOCAL_REGISTRY}/alpine:3.9`, base);
}

/** docker inspect, container inspect, image inspect, volume inspect: JSON or a Go template. */
import {
  containerTarget,
  imageTarget,
  inspectOutput,
  volumeTarget,
  volumeTargetGeneric,
  type CliOutput,
  type InspectTarget,
} from '../inspect';
import { str } from '../flags';
import type { DockerContext, Subcommand } from '../types';

const FORMAT = [
  { name: 'format', short: 'f', type: 'string' as const },
  { name: 'type', type: 'string' as const },
  { name: 'size', short: 's', type: 'bool' as const },
];

function print(d: DockerContext, out: CliOutput): number {
  d.out.write(out.stdout);
  d.err.write(out.stderr);
  return out.exitCode;
}

function lookupContainer(d: DockerContext, ref: string): InspectTarget | null {
  try {
    return containerTarget(d.engine, d.engine.container(ref));
  } catch {
    return null;
  }
}

function lookupImage(d: DockerContext, ref: string): InspectTarget | null {
  const image = d.engine.images.find(ref);
  return image ? imageTarget(image) : null;
}

function lookupVolume(d: DockerContext, ref: string, generic: boolean): InspectTarget | null {
  const volume = d.engine.volumes.find(ref);
  return volume ? (generic ? volumeTargetGeneric(volume) : volumeTarget(volume)) : null;
}

export const inspect: Subcommand = {
  path: 'system inspect',
  aliases: ['inspect'],
  summary: 'Return low-level information on Docker objects',
  usage: '[OPTIONS] NAME|ID [NAME|ID...]',
  flags: FORMAT,
  args: { min: 1 },
  run(d, flags, args) {
    const type = str(flags, 'type');
    const targets = args.map((ref): InspectTarget => {
      const found =
        (type === undefined || type === 'container' ? lookupContainer(d, ref) : null) ??
        (type === undefined || type === 'image' ? lookupImage(d, ref) : null) ??
        (type === undefined || type === 'volume' ? lookupVolume(d, ref, true) : null);
      return found ?? { error: `Error: No such object: ${ref}` };
    });
    return print(d, inspectOutput(str(flags, 'format'), targets));
  },
};

/** `docker <kind> inspect`: one kind of object, with that kind's not-found text. */
function typedInspect(
  kind: 'container' | 'image' | 'volume',
  summary: string,
  flags: typeof FORMAT,
  lookup: (d: DockerContext, ref: string) => InspectTarget | null,
  notFound: (ref: string) => string,
): Subcommand {
  const noun = kind.toUpperCase();
  return {
    path: `${kind} inspect`,
    summary,
    usage: `[OPTIONS] ${noun} [${noun}...]`,
    flags,
    args: { min: 1 },
    run: (d, values, args) =>
      print(
        d,
        inspectOutput(
          str(values, 'format'),
          args.map(
            (ref) => lookup(d, ref) ?? { error: `Error response from daemon: ${notFound(ref)}` },
          ),
        ),
      ),
  };
}

export const containerInspect = typedInspect(
  'container',
  'Display detailed information on one or more containers',
  FORMAT.filter((f) => f.name !== 'type'),
  lookupContainer,
  (ref) => `No such container: ${ref}`,
);

export const imageInspect = typedInspect(
  'image',
  'Display detailed information on one or more images',
  FORMAT.filter((f) => f.name === 'format'),
  lookupImage,
  (ref) => `No such image: ${ref.includes(':') ? ref : `${ref}:latest`}`,
);

export const volumeInspect = typedInspect(
  'volume',
  'Display detailed information on one or more volumes',
  FORMAT.filter((f) => f.name === 'format'),
  (d, ref) => lookupVolume(d, ref, false),
  (ref) => `get ${ref}: no such volume`,
);

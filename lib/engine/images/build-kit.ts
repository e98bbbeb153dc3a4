/** Small helpers to assemble images in code (preloaded images; the Dockerfile builder has its own). */
import { Layer, utf8, type InodeSource } from '../../fs';
import { emptyConfig, type HistoryEntry, type Image, type ImageConfig } from '../image';

/** A stable fake sha256 for a preloaded image (FNV-1a based), so `docker images` never changes. */
export function stableId(seed: string): string {
  let out = '';
  for (let round = 0; out.length < 64; round++) {
    let h = 0x811c9dc5 ^ round;
    for (const ch of `${seed}#${round}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return `sha256:${out.slice(0, 64)}`;
}

export interface Step {
  createdBy: string;
  /** Files this step adds (a layer), or none (metadata only, 0B). A path ending in "/" is a directory. */
  files?: Record<string, string | { data: string; mode?: number }>;
  config?: Partial<ImageConfig>;
}

/** Builds an image from a parent and classic-builder-like steps; every step gets its own history row. */
export function imageFrom(
  parent: Image | null,
  name: string,
  steps: Step[],
  ctx: { created: number; inodes: InodeSource },
): Image {
  const layers = [...(parent?.layers ?? [])];
  let config: ImageConfig = parent ? structuredConfig(parent.config) : emptyConfig();
  const history: HistoryEntry[] = [...(parent?.history ?? [])];
  steps.forEach((step, i) => {
    const stepId = stableId(`${name}@${i}`);
    if (step.files) {
      const layer = new Layer({ id: stepId, clock: () => ctx.created, inodes: ctx.inodes });
      for (const [path, file] of Object.entries(step.files)) {
        if (path.endsWith('/')) {
          layer.putDir(path.slice(0, -1), { mtime: ctx.created });
          continue;
        }
        const { data, mode } = typeof file === 'string' ? { data: file, mode: undefined } : file;
        layer.putFile(path, utf8(data), { mode, mtime: ctx.created });
      }
      layers.push(layer.freeze());
    }
    config = { ...config, ...step.config };
    history.push({
      created: ctx.created,
      createdBy: step.createdBy,
      emptyLayer: !step.files,
      stepId,
    });
  });
  return { id: stableId(name), repoTags: [], layers, config, history, created: ctx.created };
}

function structuredConfig(c: ImageConfig): ImageConfig {
  return {
    ...c,
    Cmd: c.Cmd ? [...c.Cmd] : null,
    Entrypoint: c.Entrypoint ? [...c.Entrypoint] : null,
    Env: [...c.Env],
    Volumes: c.Volumes ? { ...c.Volumes } : null,
    ExposedPorts: c.ExposedPorts ? { ...c.ExposedPorts } : null,
    Labels: c.Labels ? { ...c.Labels } : null,
  };
}

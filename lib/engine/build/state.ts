/** What the builder tracks per stage, and committing a step as a new (intermediate) image. */
import type { Layer } from '../../fs';
import type { Engine } from '../engine';
import type { HistoryEntry, Image, ImageConfig } from '../image';
import type { Output } from '../process';

/** A failed step: printed by the CLI as is (no "Error response from daemon"), exit `exitCode`. */
export class BuildError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'BuildError';
  }
}

export interface Stage {
  name: string | undefined;
  /** The FROM image as stored. */
  base: Image;
  /** The image after the latest step. */
  image: Image;
  /** ARGs declared in this stage: name → value (undefined: declared without a value). */
  args: Map<string, string | undefined>;
  /** CMD was set in this Dockerfile stage (ENTRYPOINT then keeps it). */
  cmdSet: boolean;
}

export interface BuildRun {
  engine: Engine;
  progress: Output;
  buildArgs: ReadonlyMap<string, string>;
  /** ARGs before the first FROM. */
  metaArgs: Map<string, string | undefined>;
  usedArgs: Set<string>;
  stages: Stage[];
  inodes: { next(): number };
  /** --no-cache */
  noCache: boolean;
}

/** Per engine: "<parent image id>\n<history text>" → the image that step made (the build cache). */
const caches = new WeakMap<Engine, Map<string, Image>>();

function cacheOf(engine: Engine): Map<string, Image> {
  let cache = caches.get(engine);
  if (!cache) caches.set(engine, (cache = new Map()));
  return cache;
}

/** A step already built on this parent: reuse its image (` ---> Using cache`). */
export function cached(run: BuildRun, stage: Stage, createdBy: string): boolean {
  const hit = run.noCache ? undefined : cacheOf(run.engine).get(`${stage.image.id}\n${createdBy}`);
  if (!hit) return false;
  run.progress.write(' ---> Using cache\n');
  stage.image = hit;
  return true;
}

export function cloneConfig(c: ImageConfig): ImageConfig {
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

/** The image a stage starts from: the parent's history, its top row naming the parent. */
export function startImage(parent: Image): Image {
  const history = parent.history.map((h) => ({ ...h }));
  const top = history[history.length - 1];
  if (top) top.stepId = parent.id;
  return { ...parent, repoTags: [], history, config: cloneConfig(parent.config) };
}

/**
 * Commits a step: a new image with `layer` on top (null or empty: a metadata-only step, which
 * Docker records as an empty layer) and one more history row.
 */
export function commit(
  run: BuildRun,
  stage: Stage,
  createdBy: string,
  config: ImageConfig,
  layer: Layer | null,
): Image {
  const keep = layer !== null && layer.root.children.size > 0;
  const id = `sha256:${run.engine.ids.hex64()}`;
  const created = run.engine.scheduler.now();
  const entry: HistoryEntry = { created, createdBy, emptyLayer: !keep, stepId: id };
  const image: Image = {
    id,
    repoTags: [],
    layers: keep ? [...stage.image.layers, layer.freeze()] : stage.image.layers,
    config,
    history: [...stage.image.history, entry],
    created,
  };
  cacheOf(run.engine).set(`${stage.image.id}\n${createdBy}`, image);
  stage.image = image;
  return image;
}

/** The variables a step expands: the stage's ARG values, overridden by its ENV. */
export function vars(run: BuildRun, stage: Stage): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of stage.args) if (v !== undefined) out.set(k, v);
  for (const kv of stage.image.config.Env) {
    const i = kv.indexOf('=');
    out.set(i < 0 ? kv : kv.slice(0, i), i < 0 ? '' : kv.slice(i + 1));
  }
  return out;
}

/** `K=V` of the stage's ARGs with a value that no ENV overrides, sorted (RUN's environment). */
export function buildArgEnv(stage: Stage): string[] {
  const env = new Set(stage.image.config.Env.map((kv) => kv.split('=')[0]));
  return [...stage.args]
    .filter(([k, v]) => v !== undefined && !env.has(k))
    .map(([k, v]) => `${k}=${v}`)
    .sort();
}

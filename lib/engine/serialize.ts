/**
 * The daemon's state as JSON: images built at run time, containers (config, state, logs, their
 * writable layer and mounts), volumes with their content. The preloaded images are written as
 * a reference (their ID): they are rebuilt identically by preloadImages (stable IDs), so the
 * 1.98 MB BusyBox root never enters a saved state. Every layer is written once, by identity,
 * so layers shared between images and containers are shared again after a restore.
 */
import { initLayerId } from './etc-files';
import type { DirJson, LayerJson, TreeWriter, Layer } from '../fs';
import type { Container, ContainerConfig, ContainerState, HostConfig } from './container';
import type { Engine } from './engine';
import type { HistoryEntry, Image, ImageConfig } from './image';
import type { Registry } from './registry/registry';
import type { Volume } from './volume';
import { readContainerConfig, readHistory, readHostConfig, readImageConfig } from './read-config';

/** The objects preloadImages made: saved states refer to them by ID. */
export interface Preloaded {
  images: ReadonlyMap<string, Image>;
  layers: ReadonlyMap<string, Layer>;
}

/**
 * The preloaded images, and with a registry every image it serves (a pulled image is saved as
 * its ID and rebuilt by the registry on restore).
 */
export function preloadedOf(images: readonly Image[], registry?: Registry): Preloaded {
  const layers = new Fallback<Layer>((id) => registry?.layerById(id));
  for (const image of images) for (const layer of image.layers) layers.set(layer.id, layer);
  const byId = new Fallback<Image>((id) => registry?.imageById(id));
  for (const image of images) byId.set(image.id, image);
  return { images: byId, layers };
}

/** A map that asks `load` for keys it does not hold (and keeps the answer). */
class Fallback<V> extends Map<string, V> {
  constructor(private readonly load: (key: string) => V | undefined) {
    super();
  }

  override get(key: string): V | undefined {
    if (super.has(key)) return super.get(key);
    const value = this.load?.(key);
    if (value !== undefined) super.set(key, value);
    return value;
  }
}

/** A layer: an index into EngineJson.layers, or the ID of a preloaded layer. */
export type LayerRef = number | string;

interface ImageCommon {
  id: string;
  tags: string[];
  /** RepoDigests of a pulled image (`alpine@sha256:…`), when it has any. */
  digests?: string[];
  /** false: not in `docker images` any more, but still used by a container. */
  stored?: false;
}

export type ImageJson =
  | (ImageCommon & { preloaded: true })
  | (ImageCommon & {
      layers: LayerRef[];
      config: ImageConfig;
      history: HistoryEntry[];
      created: number;
    });

export interface VolumeJson {
  name: string;
  anonymous: boolean;
  createdAt: number;
  labels: Record<string, string> | null;
  options: Record<string, string> | null;
  data: DirJson;
  /** false: removed from the store but still mounted by a container. */
  stored?: false;
}

export interface MountJson {
  type: 'volume' | 'bind' | 'tmpfs';
  name?: string;
  source?: string;
  destination?: string;
  driver?: 'local';
  mode?: string;
  rw?: boolean;
  propagation?: string;
  listed?: boolean;
  /** Index into EngineJson.volumes. */
  volume?: number;
  tmpfs?: DirJson;
  /** tmpfs size= in bytes. */
  tmpfsSize?: number;
  /** tmpfs mode=. */
  tmpfsMode?: number;
}

/** [time, "o" (stdout) | "e" (stderr), text] */
export type LogJson = [number, 'o' | 'e', string];

export interface ContainerJson {
  id: string;
  name: string;
  /** Index into EngineJson.images. */
  image: number;
  imageRef: string;
  created: number;
  config: ContainerConfig;
  hostConfig: HostConfig;
  /** Index into EngineJson.layers. */
  upper: number;
  /** The union's image layers, bottom first, when they are not the image's own. */
  lowers?: LayerRef[];
  mounts: MountJson[];
  state: ContainerState;
  logs: LogJson[];
}

export interface EngineJson {
  /** Layers made at run time (writable layers, built images), each once. */
  layers: LayerJson[];
  images: ImageJson[];
  volumes: VolumeJson[];
  containers: ContainerJson[];
}

/** Container logs to save (a restore swaps the live ones while containers restart). */
export type LogsOf = (c: Container) => Container['logs'];

export function writeEngine(
  engine: Engine,
  preloaded: Preloaded,
  w: TreeWriter,
  logsOf: LogsOf = (c) => c.logs,
): EngineJson {
  const out: EngineJson = { layers: [], images: [], volumes: [], containers: [] };
  // Trees are written at the end in the order a restore reads them (layers, volumes, tmpfs),
  // so hard-link numbers always point backwards.
  const layers = new Map<Layer, number>();
  const layerRef = (layer: Layer): LayerRef => {
    if (preloaded.layers.get(layer.id) === layer) return layer.id;
    let i = layers.get(layer);
    if (i === undefined) layers.set(layer, (i = layers.size));
    return i;
  };
  const imageIndex = new Map<Image, number>();
  const addImage = (image: Image, stored: boolean): number => {
    const known = imageIndex.get(image);
    if (known !== undefined) return known;
    const common: ImageCommon = { id: image.id, tags: [...image.repoTags] };
    if (image.repoDigests?.length) common.digests = [...image.repoDigests];
    if (!stored) common.stored = false;
    const json: ImageJson =
      preloaded.images.get(image.id) === image
        ? { ...common, preloaded: true }
        : {
            ...common,
            layers: image.layers.map(layerRef),
            config: readImageConfig(copy(image.config), 'config'),
            history: readHistory(copy(image.history), 'history'),
            created: image.created,
          };
    imageIndex.set(image, out.images.length);
    return out.images.push(json) - 1;
  };
  for (const image of engine.images.all()) addImage(image, true);

  const volumes = new Map<Volume, { index: number; stored: boolean }>();
  const addVolume = (v: Volume, stored: boolean): number => {
    const known = volumes.get(v) ?? { index: volumes.size, stored };
    volumes.set(v, known);
    return known.index;
  };
  for (const v of engine.volumes.all()) addVolume(v, true);

  const containers: [Container, ContainerJson][] = [];
  for (const c of engine.containers.values()) {
    const image = addImage(c.image, false);
    // the -init layer is made again on restore (etc-files.ts)
    const lowers = [...c.rootfs.lowerDirs].reverse().filter((l) => l.id !== initLayerId(c.id));
    const own =
      lowers.length === c.image.layers.length && lowers.every((l, i) => l === c.image.layers[i]);
    const json: ContainerJson = {
      id: c.id,
      name: c.name,
      image,
      imageRef: c.imageRef,
      created: c.created,
      config: readContainerConfig(copy(c.config), 'config'),
      hostConfig: readHostConfig(copy(c.hostConfig), 'hostConfig'),
      upper: 0,
      mounts: c.mounts.map((m) => {
        // Fields in one fixed order, so a restored machine saves to the same text.
        const mount: MountJson = { type: m.type };
        if (m.name !== undefined) mount.name = m.name;
        mount.source = m.source;
        mount.destination = m.destination;
        if (m.driver !== undefined) mount.driver = m.driver;
        Object.assign(mount, { mode: m.mode, rw: m.rw, propagation: m.propagation });
        mount.listed = m.listed;
        if (m.volume) mount.volume = addVolume(m.volume, false);
        if (m.tmpfsSize) mount.tmpfsSize = m.tmpfsSize;
        if (m.tmpfsMode !== undefined && m.tmpfsMode !== null) mount.tmpfsMode = m.tmpfsMode;
        return mount;
      }),
      state: { ...c.state },
      logs: logsOf(c).map((l) => [l.time, l.stream === 'stdout' ? 'o' : 'e', l.text]),
    };
    if (!own) json.lowers = lowers.map(layerRef);
    const upper = layerRef(c.upper);
    if (typeof upper === 'number') json.upper = upper;
    containers.push([c, json]);
  }

  for (const layer of layers.keys()) out.layers.push(w.layer(layer));
  for (const [v, { stored }] of volumes) {
    const json: VolumeJson = {
      name: v.name,
      anonymous: v.anonymous,
      createdAt: v.createdAt,
      labels: v.labels && { ...v.labels },
      options: v.options && { ...v.options },
      data: w.dir(v.data.layer.root),
    };
    if (!stored) json.stored = false;
    out.volumes.push(json);
  }
  for (const [c, json] of containers) {
    c.mounts.forEach((m, i) => {
      if (m.tmpfs) json.mounts[i]!.tmpfs = w.dir(m.tmpfs.layer.root);
    });
    out.containers.push(json);
  }
  return out;
}

/** A plain-data copy; read back through read-config.ts it gets one canonical key order. */
function copy(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

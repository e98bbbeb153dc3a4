/** Builds the layer view's model for one container of a machine (the newest by default). */
import { layerSize, type Layer } from '../fs';
import type { Container, Engine, Image } from '../engine';
import { instructionOf } from './format';
import { mountInfos } from './mounts';
import type { StackLayer } from './stack';
import { mergedTree } from './tree';
import type { ContainerLayers, ImageLayerInfo, LayerModel, VolumeSummary } from './types';
import { writableEntries } from './writable';

export interface ModelOptions {
  /** Container id or name; the most recently created one when absent or gone. */
  container?: string;
  /** Directories opened in the merged tree; by default the ones holding changes or mounts. */
  expanded?: Iterable<string>;
}

/** Image layers never change once frozen: their sizes are computed once. */
const sizes = new WeakMap<Layer, number>();

function frozenSize(layer: Layer): number {
  let size = sizes.get(layer);
  if (size === undefined) {
    size = layerSize(layer);
    if (layer.isFrozen) sizes.set(layer, size);
  }
  return size;
}

export function buildLayerModel(machine: { engine: Engine }, options: ModelOptions = {}) {
  const { engine } = machine;
  const list = engine.list();
  const chosen =
    list.find((c) => c.id === options.container || c.name === options.container) ?? list[0];
  const model: LayerModel = {
    containers: list.map((c) => ({
      id: c.id,
      name: c.name,
      image: c.imageRef,
      status: c.state.status,
    })),
    selected: chosen ? containerLayers(engine, chosen, options.expanded) : null,
    volumes: volumeSummaries(engine, list),
  };
  return model;
}

/** Layers with a history entry each: entries marked emptyLayer made no layer. */
export function imageLayers(image: Image): ImageLayerInfo[] {
  const steps = image.history.filter((h) => !h.emptyLayer);
  return image.layers.map((layer, i) => ({
    index: i + 1,
    id: layer.id,
    instruction: instructionOf(steps[i]),
    size: frozenSize(layer),
  }));
}

function containerLayers(
  engine: Engine,
  c: Container,
  expanded: Iterable<string> | undefined,
): ContainerLayers {
  const images = c.image.layers.map((layer, i) => ({
    source: { kind: 'image' as const, index: i + 1 },
    layer,
  }));
  const stack: StackLayer[] = [
    { source: { kind: 'writable' }, layer: c.upper },
    ...images.reverse(),
  ];
  const host = engine.hostView();
  const targets = new Set(c.mounts.map((m) => m.destination));
  const writable = writableEntries(c.upper, stack, targets);
  const open = new Set(
    expanded ?? defaultExpanded([...writable.entries.map((e) => e.path)], targets),
  );
  const { tree, cut } = mergedTree({ stack, mounts: c.mounts, host, expanded: open });
  return {
    id: c.id,
    name: c.name,
    image: c.imageRef,
    status: c.state.status,
    imageLayers: imageLayers(c.image),
    writable: { size: layerSize(c.upper), ...writable },
    mounts: mountInfos(c.mounts, stack, host),
    tree,
    cut,
  };
}

/** The parents of changed paths and the mount targets: where the reader wants to look. */
export function defaultExpanded(changed: readonly string[], targets: Iterable<string>): string[] {
  const open = new Set<string>();
  const addParents = (path: string) => {
    const parts = path.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++) open.add(`/${parts.slice(0, i).join('/')}`);
  };
  for (const path of changed) addParents(path);
  for (const target of targets) {
    addParents(target);
    open.add(target);
  }
  return [...open];
}

function volumeSummaries(engine: Engine, list: readonly Container[]): VolumeSummary[] {
  return engine.volumes
    .all()
    .map((v) => ({
      name: v.name,
      anonymous: v.anonymous,
      empty: v.data.readdir('/').length === 0,
      users: list.filter((c) => c.mounts.some((m) => m.volume === v)).map((c) => c.name),
    }))
    .sort((a, b) => Number(a.anonymous) - Number(b.anonymous) || (a.name < b.name ? -1 : 1));
}

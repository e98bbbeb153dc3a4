/** Builds the layer view's model for one container of a machine (the newest by default). */
import type { FileSystem } from '../fs';
import type { Container, Engine, Image } from '../engine';
import { layerChanges } from './changes';
import { instructionOf } from './format';
import { historyRows, imageLayerChanges } from './history';
import { mountInfos } from './mounts';
import { layerBytes } from './sizes';
import type { StackLayer } from './stack';
import { mergedTree } from './tree';
import type {
  ContainerLayers,
  ImageLayerInfo,
  ImageUsage,
  LayerInspection,
  LayerModel,
  LayerPick,
  TreeEntry,
  VolumeSummary,
} from './types';
import { imageWaste } from './waste';
import { writableEntries } from './writable';

export interface ModelOptions {
  /** Container id or name; the most recently created one when absent or gone. */
  container?: string;
  /** Directories opened in the merged tree; by default the ones holding changes or mounts. */
  expanded?: Iterable<string>;
  /** The layer inspected (the writable layer by default) and how. */
  pick?: LayerPick;
  mode?: LayerInspection['mode'];
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
    images: imageUsages(list),
    selected: chosen ? containerLayers(engine, chosen, options) : null,
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
    size: layerBytes(layer),
  }));
}

function containerLayers(engine: Engine, c: Container, options: ModelOptions): ContainerLayers {
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
    options.expanded ?? defaultExpanded([...writable.entries.map((e) => e.path)], targets),
  );
  const merged = mergedTree({ stack, mounts: c.mounts, host, expanded: open });
  const { tree, cut } = merged;
  const history = historyRows(c.image);
  const waste = imageWaste(c.image);
  const look = { stack, host, open, merged };
  const inspect = inspection(c, look, history, options.pick, options.mode ?? 'merged');
  const own = inspect.pick.kind === 'writable' ? inspect.changes : writableChanges(c);
  const size = layerBytes(c.upper);
  return {
    id: c.id,
    name: c.name,
    image: c.imageRef,
    status: c.state.status,
    imageLayers: imageLayers(c.image),
    writable: { size, ...writable },
    mounts: mountInfos(c.mounts, stack, host),
    tree,
    cut,
    history,
    waste,
    sizes: { size, virtual: size + waste.size, hidden: own.hidden },
    inspect,
  };
}

function writableChanges(c: Container) {
  return layerChanges(c.upper, [...c.image.layers].reverse());
}

interface Look {
  stack: StackLayer[];
  host: FileSystem;
  open: ReadonlySet<string>;
  merged: { tree: TreeEntry[]; cut: Record<string, number> };
}

/** The picked layer's own changes, or the tree as if the stack ended at it. */
function inspection(
  c: Container,
  look: Look,
  history: ContainerLayers['history'],
  wanted: LayerPick | undefined,
  mode: LayerInspection['mode'],
): LayerInspection {
  const count = c.image.layers.length;
  if (wanted?.kind === 'image' && wanted.index >= 1 && wanted.index <= count) {
    const { index } = wanted;
    const below = look.stack.slice(look.stack.length - index);
    const merged =
      mode === 'merged'
        ? mergedTree({ stack: below, mounts: [], host: look.host, expanded: look.open })
        : { tree: [], cut: {} };
    const row = history.find((r) => r.layer === index);
    return {
      pick: wanted,
      mode,
      changes: imageLayerChanges(c.image, index),
      ...(row ? { row } : {}),
      ...merged,
    };
  }
  const merged = mode === 'merged' ? look.merged : { tree: [], cut: {} };
  return { pick: { kind: 'writable' }, mode, changes: writableChanges(c), ...merged };
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

/** Containers grouped by their image: the layers they share, each one's own writable layer. */
function imageUsages(list: readonly Container[]): ImageUsage[] {
  const byId = new Map<string, ImageUsage>();
  for (const c of list) {
    let usage = byId.get(c.image.id);
    if (!usage) {
      usage = {
        id: c.image.id,
        ref: c.imageRef,
        layers: c.image.layers.length,
        size: imageWaste(c.image).size,
        containers: [],
      };
      byId.set(c.image.id, usage);
    }
    usage.containers.push({
      id: c.id,
      name: c.name,
      image: c.imageRef,
      status: c.state.status,
      writable: layerBytes(c.upper),
    });
  }
  return [...byId.values()];
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

/**
 * An image's steps as `docker history` lists them (bottom first here; the view turns them over),
 * each with the layer it made and its size, and for a 0-byte step the reason it holds no bytes:
 * a step that only sets configuration makes no layer at all; a RUN that only deletes stores
 * whiteouts (0 bytes each); a step that only makes directories or empty files stores no bytes.
 */
import type { Image } from '../engine';
import type { Layer } from '../fs';
import { layerChanges, type LayerChanges } from './changes';
import { instructionOf } from './format';
import { layerBytes } from './sizes';

export type EmptyReason = 'metadata' | 'deletes-only' | 'no-bytes' | 'no-change';

export interface HistoryRow {
  /** 1-based position in the image's history, bottom first. */
  step: number;
  instruction: string;
  /** As docker history --no-trunc prints CREATED BY. */
  createdBy: string;
  size: number;
  /** The image layer it made (1 = bottom); none for a metadata-only step. */
  layer?: number;
  empty?: EmptyReason;
}

/** Image layers are frozen: their changes are computed once per layer. */
const cache = new WeakMap<Layer, LayerChanges>();

/** The changes of image layer `index` (1 = bottom) against the layers below it. */
export function imageLayerChanges(image: Image, index: number): LayerChanges {
  const layer = image.layers[index - 1]!;
  let changes = cache.get(layer);
  if (!changes) {
    changes = layerChanges(layer, image.layers.slice(0, index - 1).reverse());
    if (layer.isFrozen) cache.set(layer, changes);
  }
  return changes;
}

export function historyRows(image: Image): HistoryRow[] {
  let layer = 0;
  return image.history.map((h, i) => {
    const row: HistoryRow = {
      step: i + 1,
      instruction: instructionOf(h),
      createdBy: h.createdBy,
      size: 0,
    };
    if (h.emptyLayer || layer >= image.layers.length) {
      row.empty = 'metadata';
      return row;
    }
    row.layer = ++layer;
    row.size = layerBytes(image.layers[layer - 1]!);
    if (row.size === 0) row.empty = emptyReason(imageLayerChanges(image, layer));
    return row;
  });
}

function emptyReason(changes: LayerChanges): EmptyReason {
  const { A, C, D } = changes.total;
  if (A + C + D === 0) return 'no-change';
  if (D > 0 && changes.entries.every((e) => e.kind === 'D' || e.entry === 'dir'))
    return 'deletes-only';
  return 'no-bytes';
}

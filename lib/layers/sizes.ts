/** Layer sizes as Docker reports them, computed once per frozen (image) layer. */
import { layerSize, type Layer } from '../fs';

const sizes = new WeakMap<Layer, number>();

export function layerBytes(layer: Layer): number {
  let size = sizes.get(layer);
  if (size === undefined) {
    size = layerSize(layer);
    if (layer.isFrozen) sizes.set(layer, size);
  }
  return size;
}

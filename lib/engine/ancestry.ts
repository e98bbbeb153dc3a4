/**
 * Image parentage without parent pointers: a child image (built FROM, or committed from a
 * container of, its parent) starts with the parent's layers and history rows, in order.
 * The daemon's `ancestor=` filter and `Children` walk the same relation through its parent links.
 */
import type { HistoryEntry, Image } from './image';

const sameRow = (a: HistoryEntry, b: HistoryEntry) =>
  a.created === b.created && a.createdBy === b.createdBy && a.emptyLayer === b.emptyLayer;

/** Whether `child` is `parent` or was made from it (directly or further down). */
export function descendsFrom(child: Image, parent: Image): boolean {
  if (child.id === parent.id) return true;
  if (parent.history.length >= child.history.length) return false;
  if (parent.layers.length > child.layers.length) return false;
  return (
    parent.layers.every((l, i) => child.layers[i] === l) &&
    parent.history.every((h, i) => sameRow(h, child.history[i]!))
  );
}

/** What `{{range}}` iterates: (index, element) of a slice, (key, value) of a map by sorted key, 0..n-1 of an int. */
import { GoMap, GoPtr, GoSlice, type GoValue } from './values';

/** The pairs to iterate, [] for nil/empty, or null when the value cannot be ranged over. */
export function rangePairs(v: GoValue): [GoValue, GoValue][] | null {
  const val = v instanceof GoPtr ? v.target : v;
  if (val === null || val === undefined) return [];
  if (val instanceof GoSlice) return (val.items ?? []).map((item, i) => [i, item]);
  if (val instanceof GoMap) return val.sortedKeys().map((k) => [k, val.entries!.get(k)]);
  if (typeof val === 'number' && Number.isInteger(val))
    return Array.from({ length: Math.max(0, val) }, (_, i) => [i, i]);
  return null;
}

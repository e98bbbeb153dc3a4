/**
 * What a command changed in the picture: files changed over the image's, whiteouts, opaque dirs and added files in
 * the selected container's writable layer, new containers and mounts, volumes filled from the
 * image. A container that did not exist before counts as having had an empty writable layer.
 */
import type { LayerModel, MountInfo, Source, WritableEntry, WritableKind } from './types';

export type ChangeKind = WritableKind | 'container' | 'mount' | 'volume-filled' | 'removed';

export interface LayerChange {
  kind: ChangeKind;
  /** The container the change belongs to (its name). */
  container: string;
  /** The writable entry's path or the mount's target. */
  path?: string;
  /** Identifies the changed part of the picture: `w:<path>`, `m:<target>`, `c:<id>`. */
  key: string;
  /** What the new entry or mount hides below it. */
  hides?: Source;
}

export function diffModels(before: LayerModel | null, after: LayerModel): LayerChange[] {
  const changes: LayerChange[] = [];
  const known = new Set(before?.containers.map((c) => c.id) ?? []);
  for (const c of after.containers)
    if (!known.has(c.id)) changes.push({ kind: 'container', container: c.name, key: `c:${c.id}` });
  const kept = new Set(after.containers.map((c) => c.id));
  for (const c of before?.containers ?? [])
    if (!kept.has(c.id)) changes.push({ kind: 'removed', container: c.name, key: `c:${c.id}` });

  const now = after.selected;
  if (!now) return changes;
  const then = before?.selected?.id === now.id ? before.selected : null;
  const had = new Set((then?.writable.entries ?? []).map(entryKey));
  for (const e of now.writable.entries)
    if (!had.has(entryKey(e)))
      changes.push({
        kind: e.kind,
        container: now.name,
        path: e.path,
        key: `w:${e.path}`,
        ...(e.hides ? { hides: e.hides } : {}),
      });

  const mounted = new Set((then?.mounts ?? []).map((m) => m.target));
  const wasEmpty = (name: string | undefined) => {
    const v = before?.volumes.find((x) => x.name === name);
    return !v || v.empty;
  };
  for (const m of now.mounts) {
    if (mounted.has(m.target)) continue;
    changes.push({
      kind: 'mount',
      container: now.name,
      path: m.target,
      key: `m:${m.target}`,
      ...(m.shadows ? { hides: m.shadows } : {}),
    });
    if (filledNow(m, wasEmpty))
      changes.push({
        kind: 'volume-filled',
        container: now.name,
        path: m.target,
        key: `m:${m.target}`,
      });
  }
  return changes;
}

function entryKey(e: WritableEntry): string {
  return `${e.kind}:${e.path}`;
}

function filledNow(m: MountInfo, wasEmpty: (name: string | undefined) => boolean): boolean {
  return m.kind === 'volume' && m.filledFromImage === true && wasEmpty(m.name);
}

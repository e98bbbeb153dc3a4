/**
 * The layer view's state between renders: which container, which layer and how it is inspected,
 * the open directories, the model built from them and the motions of the last command. A model is
 * built once per change (a command, a click), never during a render.
 */
import {
  buildLayerModel,
  defaultExpanded,
  diffModels,
  motions,
  type LayerInspection,
  type LayerModel,
  type LayerPick,
  type Motion,
} from '@/lib/layers';
import type { Machine } from '@/lib/machine';

export interface View {
  /** The playground snapshot's version this view was built for. */
  version: number;
  container: string | undefined;
  /** Open directories; null: the default (where the changes and mounts are). */
  expanded: ReadonlySet<string> | null;
  pick: LayerPick;
  mode: LayerInspection['mode'];
  /** The path selected in the tree or the changes (its commands are offered). */
  path: string | null;
  model: LayerModel;
  motions: Motion[];
}

export const WRITABLE: LayerPick = { kind: 'writable' };

export function build(machine: Machine, view: Omit<View, 'model' | 'motions'>): View {
  const model = buildLayerModel(machine, {
    container: view.container,
    expanded: view.expanded ?? undefined,
    pick: view.pick,
    mode: view.mode,
  });
  return { ...view, model, motions: [] };
}

export function initialView(machine: Machine, version: number): View {
  const start = { version, container: undefined, expanded: null, path: null };
  return build(machine, { ...start, pick: WRITABLE, mode: 'merged' });
}

/** A change (a command, mostly): follow a new container, open the dirs it changed, say what moved. */
export function afterCommand(machine: Machine, view: View, version: number, line: string): View {
  const previous = view.model;
  const known = new Set(previous.containers.map((c) => c.id));
  const follow = machine.engine.list().some((c) => !known.has(c.id));
  const base = follow
    ? { container: undefined, expanded: null, pick: WRITABLE, mode: 'merged' as const, path: null }
    : view;
  let next = build(machine, { ...base, version });
  const changes = diffModels(previous, next.model);
  if (next.expanded) {
    const paths = changes.flatMap((c) => (c.path ? [c.path] : []));
    const expanded = new Set([...next.expanded, ...defaultExpanded(paths, [])]);
    next = build(machine, { ...next, expanded });
  }
  return { ...next, motions: motions(changes, line, next.model.selected?.mounts) };
}

/** The same view rebuilt after a click (no motion: nothing moved in the machine). */
export function update(machine: Machine, view: View, change: Partial<View>): View {
  return build(machine, { ...view, ...change });
}

'use client';
/**
 * The live layer view of a playground: the selected container's image layers, writable layer,
 * mounts and merged tree, rebuilt after every command, with what the command changed gently
 * highlighted. The same picture is always in the DOM as Korean sentences (a <details>).
 * Loaded lazily with the terminal; never in a page's first load.
 */
import { useId, useState } from 'react';
import {
  buildLayerModel,
  defaultExpanded,
  describeChanges,
  describeModel,
  diffModels,
  STATUS_TEXT,
  type LayerChange,
  type LayerModel,
  type TreeEntry,
} from '@/lib/layers';
import type { Machine } from '@/lib/machine';
import styles from './LayerView.module.css';
import { EmptyState } from './Placeholder';
import { Stack } from './Stack';
import { Tree } from './Tree';

export interface LayerViewProps {
  machine: Machine;
  /** How many commands have finished: the view rebuilds when it changes. */
  commands: number;
  scenario: string;
}

interface View {
  commands: number;
  container: string | undefined;
  /** Open directories; null: the default (where the changes and mounts are). */
  expanded: ReadonlySet<string> | null;
  model: LayerModel;
  changes: LayerChange[];
}

function build(machine: Machine, container: string | undefined, expanded: View['expanded']) {
  return buildLayerModel(machine, { container, expanded: expanded ?? undefined });
}

/** A command finished: follow a new container, open the dirs it changed, compare. */
function afterCommand(machine: Machine, view: View, commands: number): View {
  const previous = view.model;
  const known = new Set(previous.containers.map((c) => c.id));
  const follow = machine.engine.list().some((c) => !known.has(c.id));
  const container = follow ? undefined : view.container;
  let expanded = follow ? null : view.expanded;
  let model = build(machine, container, expanded);
  const changes = diffModels(previous, model);
  if (expanded) {
    const paths = changes.flatMap((c) => (c.path ? [c.path] : []));
    expanded = new Set([...expanded, ...defaultExpanded(paths, [])]);
    model = build(machine, container, expanded);
  }
  return { commands, container, expanded, model, changes };
}

export default function LayerView({ machine, commands, scenario }: LayerViewProps) {
  const id = useId();
  const [selected, setSelected] = useState<string | null>(null);
  const [view, setView] = useState<View>(() => ({
    commands,
    container: undefined,
    expanded: null,
    model: build(machine, undefined, null),
    changes: [],
  }));

  let current = view;
  if (view.commands !== commands) {
    current = afterCommand(machine, view, commands);
    setView(current);
  }

  const { model, changes } = current;
  const layers = model.selected;
  const changed = new Set(changes.map((c) => c.key));
  const summary = describeChanges(changes);

  const choose = (container: string) => {
    setSelected(null);
    setView({
      ...current,
      container,
      expanded: null,
      model: build(machine, container, null),
      changes: [],
    });
  };
  const select = (entry: TreeEntry) => {
    setSelected(entry.path);
    if (entry.kind !== 'dir') return;
    const open = new Set(
      current.expanded ?? layers!.tree.filter((e) => e.expanded).map((e) => e.path),
    );
    if (entry.expanded) open.delete(entry.path);
    else open.add(entry.path);
    setView({ ...current, expanded: open, model: build(machine, current.container, open) });
  };

  return (
    <div
      role="group"
      className={styles.view}
      aria-labelledby={`${id}-title`}
      data-layer-view={scenario}
    >
      <header className={styles.head}>
        <p className={styles.title} id={`${id}-title`}>
          레이어 보기
        </p>
        {model.containers.length > 1 ? (
          <label className={styles.picker}>
            <span>컨테이너</span>
            <select value={layers?.id} onChange={(e) => choose(e.target.value)}>
              {model.containers.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({STATUS_TEXT[c.status]})
                </option>
              ))}
            </select>
          </label>
        ) : (
          layers && (
            <span className={styles.single}>
              컨테이너 <code>{layers.name}</code> · {STATUS_TEXT[layers.status]}
            </span>
          )
        )}
      </header>
      <p className={styles.changes} role="status">
        {summary.length > 0 ? `방금 바뀐 것: ${summary.join(', ')}` : ''}
      </p>
      {layers ? (
        <div className={styles.body}>
          <Stack layers={layers} volumes={model.volumes} changed={changed} round={commands} />
          <Tree
            layers={layers}
            selected={selected}
            changed={changed}
            round={commands}
            onSelect={select}
            idPrefix={id}
          />
        </div>
      ) : (
        <EmptyState />
      )}
      <details className={styles.text}>
        <summary>레이어 보기를 글로 읽기</summary>
        <ul aria-label="레이어 보기 텍스트 설명" data-layer-text>
          {describeModel(model).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

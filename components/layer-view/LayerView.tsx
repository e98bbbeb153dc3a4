'use client';
/**
 * The live layer view of a playground. One main picture: the selected container's stack (mounts
 * as lanes on top, its writable layer, the image's steps) beside the picked layer, inspected as
 * its own changes or as the tree merged up to it. On demand: sizes and wasted space, every
 * container and volume of the machine, the whole picture as sentences. What the last command
 * moved is animated briefly and said in words (role=status). Loaded lazily with the terminal.
 */
import { useId, useState } from 'react';
import { STATUS_TEXT, type LayerPick } from '@/lib/layers';
import type { Machine } from '@/lib/machine';
import styles from './LayerView.module.css';
import { Inspector } from './Inspector';
import { Overview } from './Overview';
import { EmptyState } from './Placeholder';
import { Stack } from './Stack';
import { TextEquivalent } from './TextEquivalent';
import { Waste } from './Waste';
import { afterCommand, initialView, update, WRITABLE, type View } from './view-state';

export interface LayerViewProps {
  machine: Machine;
  /** The playground snapshot's version (one more per change): the view rebuilds when it changes. */
  version: number;
  scenario: string;
  /** The last command line (it tells a docker cp from a copy-up). */
  lastLine?: string;
  /** Puts a command on the terminal's line, not run. */
  onInsert?(line: string): void;
}

export default function LayerView(props: LayerViewProps) {
  const { machine, version, scenario } = props;
  const id = useId();
  const [view, setView] = useState<View>(() => initialView(machine, version));

  let current = view;
  if (view.version !== version) {
    current = afterCommand(machine, view, version, props.lastLine ?? '');
    setView(current);
  }
  const change = (patch: Partial<View>) => setView(update(machine, current, patch));
  const { model } = current;
  const layers = model.selected;
  const moved = new Map(current.motions.map((m) => [m.key, m]));

  const choose = (container: string) =>
    change({ container, expanded: null, pick: WRITABLE, path: null, motions: [] });
  const pick = (p: LayerPick) => change({ pick: p, path: null, motions: [] });

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
      <p className={styles.changes} role="status" data-layer-motion>
        {current.motions.length > 0
          ? `방금 바뀐 것: ${current.motions.map((m) => sentence(m.text)).join(' ')}`
          : ''}
      </p>
      {layers ? (
        <div className={styles.body}>
          <Stack
            layers={layers}
            pick={layers.inspect.pick}
            onPick={pick}
            moved={moved}
            round={version}
          />
          <Inspector
            layers={layers}
            mode={current.mode}
            path={current.path}
            moved={moved}
            round={version}
            idPrefix={id}
            onMode={(mode) => change({ mode, motions: [] })}
            onPath={(path, expanded) =>
              change({ path, ...(expanded ? { expanded } : {}), motions: [] })
            }
            onInsert={props.onInsert}
          />
        </div>
      ) : (
        <EmptyState />
      )}
      {layers && <Waste layers={layers} />}
      {model.containers.length > 0 && <Overview model={model} onChoose={choose} idPrefix={id} />}
      <TextEquivalent model={model} />
    </div>
  );
}

/** A motion's text as a sentence, so several read one after another. */
function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

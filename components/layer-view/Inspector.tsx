/**
 * The picked layer, looked at one of two ways: its own changes (A/C/D as docker diff prints them,
 * whiteouts and opaque dirs marked) or the tree as if the stack ended there. A selected path (or
 * a picked image layer) offers the commands that show the same in the terminal.
 */
import {
  commandsFor,
  historyRowText,
  pickText,
  type ContainerLayers,
  type LayerInspection,
  type Motion,
  type TreeEntry,
} from '@/lib/layers';
import { Changes } from './Changes';
import { Commands } from './Commands';
import styles from './Inspector.module.css';
import { Tree } from './Tree';

interface InspectorProps {
  layers: ContainerLayers;
  mode: LayerInspection['mode'];
  path: string | null;
  moved: ReadonlyMap<string, Motion>;
  round: number;
  idPrefix: string;
  onMode(mode: LayerInspection['mode']): void;
  /** A path selected; `expanded`: the open dirs after a dir was opened or closed. */
  onPath(path: string, expanded?: ReadonlySet<string>): void;
  onInsert?(line: string): void;
}

export function Inspector(props: InspectorProps) {
  const { layers, path, idPrefix } = props;
  const { inspect } = layers;
  const writable = inspect.pick.kind === 'writable';
  const title = pickText(inspect);
  const selectEntry = (entry: TreeEntry) => {
    if (entry.kind !== 'dir' || entry.covered) return props.onPath(entry.path);
    const open = new Set(inspect.tree.filter((e) => e.expanded).map((e) => e.path));
    if (entry.expanded) open.delete(entry.path);
    else open.add(entry.path);
    props.onPath(entry.path, open);
  };
  const commands = path !== null || !writable ? commandsFor(layers, path, inspect.pick) : [];
  return (
    <section className={styles.inspector} aria-labelledby={`${idPrefix}-inspect`}>
      <p className={styles.title} id={`${idPrefix}-inspect`}>
        {title} 살펴보기
      </p>
      <div className={styles.modes} role="group" aria-label="보기 방식">
        <button
          type="button"
          aria-pressed={props.mode === 'changes'}
          onClick={() => props.onMode('changes')}
        >
          이 레이어의 변경
        </button>
        <button
          type="button"
          aria-pressed={props.mode === 'merged'}
          onClick={() => props.onMode('merged')}
        >
          {writable ? '컨테이너가 보는 모습' : '여기까지 합친 모습'}
        </button>
      </div>
      {inspect.row && <p className={styles.row}>{historyRowText(inspect.row)}</p>}
      {inspect.mode === 'changes' ? (
        <Changes
          changes={inspect.changes}
          label={`${title}의 변경`}
          selected={path}
          onSelect={(p) => props.onPath(p)}
        />
      ) : (
        <Tree
          tree={inspect.tree}
          cut={inspect.cut}
          mounts={writable ? layers.mounts : []}
          label={writable ? '컨테이너가 보는 파일' : `${title}까지 합친 파일`}
          selected={path}
          moved={props.moved}
          round={props.round}
          onSelect={selectEntry}
          idPrefix={idPrefix}
        />
      )}
      {commands.length > 0 && <Commands commands={commands} onInsert={props.onInsert} />}
    </section>
  );
}

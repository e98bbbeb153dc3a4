/**
 * The merged tree the container sees. Each row is a button: it selects the path (the panel below
 * says which layer or mount serves it and what it hides) and opens or closes a directory.
 */
import { treeEntryText, type ContainerLayers, type TreeEntry } from '@/lib/layers';
import styles from './Tree.module.css';
import { shortSource, toneOf } from './palette';

interface TreeProps {
  layers: ContainerLayers;
  selected: string | null;
  changed: ReadonlySet<string>;
  round: number;
  onSelect(entry: TreeEntry): void;
  idPrefix: string;
}

export function Tree({ layers, selected, changed, round, onSelect, idPrefix }: TreeProps) {
  const { tree, mounts, cut } = layers;
  const chosen = tree.find((e) => e.path === selected);
  const detailId = `${idPrefix}-detail`;
  return (
    <div className={styles.treeBox}>
      <p className={styles.subTitle} id={`${idPrefix}-tree`}>
        컨테이너가 보는 파일
      </p>
      <ul className={styles.tree} aria-labelledby={`${idPrefix}-tree`}>
        {tree.map((e) => {
          const hit = changed.has(`w:${e.path}`) || changed.has(`m:${e.path}`);
          return (
            <li key={hit ? `${e.path}@${round}` : e.path} data-changed={hit ? '' : undefined}>
              <button
                type="button"
                className={styles.row}
                style={{ paddingInlineStart: `${0.5 + e.depth * 1.125}rem` }}
                aria-expanded={e.kind === 'dir' ? e.expanded : undefined}
                aria-current={e.path === selected ? 'true' : undefined}
                aria-controls={detailId}
                data-kind={e.kind}
                onClick={() => onSelect(e)}
              >
                <span className={styles.twisty} aria-hidden="true">
                  {e.kind === 'dir' ? (e.expanded ? '▾' : '▸') : ''}
                </span>
                <span className={styles.name}>
                  {e.name}
                  {e.kind === 'dir' ? '/' : ''}
                  {e.kind === 'whiteout' && (
                    <span className={styles.visuallyHidden}> (삭제됨)</span>
                  )}
                </span>
                <span className={`${styles.tag} ${toneOf(e.servedBy, mounts)}`}>
                  {shortSource(e.servedBy, mounts)}
                </span>
                {cut[e.path] !== undefined && e.expanded && (
                  <span className={styles.cut}>외 {cut[e.path]}개 생략</span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
      {cut['/'] !== undefined && <p className={styles.cut}>외 {cut['/']}개 생략</p>}
      <p className={styles.detail} id={detailId} aria-live="polite">
        {chosen
          ? treeEntryText(chosen, mounts)
          : '경로를 고르면 어느 레이어나 마운트에서 왔는지, 무엇을 가리는지 보여 줍니다.'}
      </p>
    </div>
  );
}

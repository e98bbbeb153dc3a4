/**
 * A merged tree: the container's view, or an image's up to a layer. Each row is a button: it
 * selects the path (the panel below says which layer or mount serves it and what it hides) and
 * opens or closes a directory. Image files under a mount's target are greyed: there, but hidden.
 */
import { treeEntryText, type MountInfo, type Motion, type TreeEntry } from '@/lib/layers';
import styles from './Tree.module.css';
import { shortSource, toneOf } from './palette';

interface TreeProps {
  tree: readonly TreeEntry[];
  cut: Readonly<Record<string, number>>;
  mounts: readonly MountInfo[];
  label: string;
  selected: string | null;
  moved: ReadonlyMap<string, Motion>;
  round: number;
  onSelect(entry: TreeEntry): void;
  idPrefix: string;
}

export function Tree(props: TreeProps) {
  const { tree, mounts, cut, selected, idPrefix } = props;
  const chosen =
    tree.find((e) => e.path === selected && !e.covered) ?? tree.find((e) => e.path === selected);
  const detailId = `${idPrefix}-detail`;
  return (
    <div className={styles.treeBox}>
      <p className={styles.subTitle} id={`${idPrefix}-tree`}>
        {props.label}
      </p>
      <ul className={styles.tree} aria-labelledby={`${idPrefix}-tree`}>
        {tree.map((e) => {
          const motion = props.moved.get(`w:${e.path}`) ?? props.moved.get(`m:${e.path}`);
          const key = `${e.path}${e.covered ? '#covered' : ''}`;
          return (
            <li
              key={motion && !e.covered ? `${key}@${props.round}` : key}
              data-motion={motion && !e.covered ? motion.kind : undefined}
            >
              <button
                type="button"
                className={styles.row}
                style={{ paddingInlineStart: `${0.5 + e.depth * 1.125}rem` }}
                aria-expanded={e.kind === 'dir' && !e.covered ? e.expanded : undefined}
                aria-current={e.path === selected && !e.covered ? 'true' : undefined}
                aria-controls={detailId}
                data-kind={e.kind}
                data-covered={e.covered ? '' : undefined}
                onClick={() => props.onSelect(e)}
              >
                <span className={styles.twisty} aria-hidden="true">
                  {e.kind === 'dir' && !e.covered ? (e.expanded ? '▾' : '▸') : ''}
                </span>
                <span className={styles.name}>
                  {e.name}
                  {e.kind === 'dir' ? '/' : ''}
                  {e.kind === 'whiteout' && (
                    <span className={styles.visuallyHidden}> (삭제됨)</span>
                  )}
                  {e.covered && <span className={styles.visuallyHidden}> (마운트에 가려짐)</span>}
                </span>
                <span className={`${styles.tag} ${toneOf(e.servedBy, mounts)}`}>
                  {e.covered ? '가려짐' : shortSource(e.servedBy, mounts)}
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

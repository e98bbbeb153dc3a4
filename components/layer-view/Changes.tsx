/** One layer's own changes, in docker diff's order: a row per path, A/C/D and what it stores. */
import { humanSize, type LayerChangeEntry, type LayerChanges } from '@/lib/layers';
import styles from './Inspector.module.css';

interface ChangesProps {
  changes: LayerChanges;
  label: string;
  selected: string | null;
  onSelect(path: string): void;
}

const WORD = { A: '추가', C: '바뀜', D: '삭제' } as const;

export function Changes({ changes, label, selected, onSelect }: ChangesProps) {
  const { A, C, D } = changes.total;
  return (
    <div>
      <p className={styles.summary}>
        추가 {A} · 바뀜 {C} · 삭제 {D}
        {changes.hidden > 0 ? ` · 아래 레이어의 ${humanSize(changes.hidden)}를 가림` : ''}
      </p>
      {changes.entries.length === 0 ? (
        <p className={styles.summary}>이 레이어에는 바뀐 파일이 없습니다.</p>
      ) : (
        <ul className={styles.changes} aria-label={label}>
          {changes.entries.map((e) => (
            <li key={`${e.kind}${e.path}`}>
              <button
                type="button"
                className={styles.change}
                data-kind={e.kind}
                aria-current={e.path === selected ? 'true' : undefined}
                onClick={() => onSelect(e.path)}
              >
                <span className={styles.badge}>{e.kind}</span>
                <span className={styles.visuallyHidden}> {WORD[e.kind]}:</span>
                <code className={styles.path}>
                  {e.path}
                  {e.entry === 'dir' ? '/' : ''}
                </code>
                <span className={styles.note}>{notes(e).join(' · ')}</span>
              </button>
            </li>
          ))}
          {changes.more > 0 && <li className={styles.summary}>외 {changes.more}개</li>}
        </ul>
      )}
    </div>
  );
}

function notes(e: LayerChangeEntry): string[] {
  return [
    e.whiteout ? '화이트아웃' : e.kind === 'D' ? '불투명 디렉터리로 가려짐' : null,
    e.opaque ? '불투명 디렉터리' : null,
    e.bytes > 0 ? humanSize(e.bytes) : null,
    e.hidden > 0 ? `아래 ${humanSize(e.hidden)} 가림` : null,
  ].filter((x): x is string => x !== null);
}

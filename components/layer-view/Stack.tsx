/**
 * The stack as bands, top first: mounts as lanes at their paths, the writable layer, then the
 * image's steps as docker history lists them. A layer band is a toggle button that picks the layer
 * for the inspector; a step that made no layer is a quiet line saying why it is 0 bytes.
 */
import {
  EMPTY_REASON,
  humanSize,
  mountName,
  sourceText,
  type ContainerLayers,
  type HistoryRow,
  type LayerPick,
  type Motion,
  type WritableEntry,
} from '@/lib/layers';
import styles from './LayerView.module.css';
import { mountTone } from './palette';

const KIND_LABEL = {
  added: '추가',
  changed: '바뀜',
  whiteout: '삭제 표시(화이트아웃)',
  opaque: '불투명 디렉터리',
} as const;

interface StackProps {
  layers: ContainerLayers;
  pick: LayerPick;
  onPick(pick: LayerPick): void;
  /** Parts the last command moved, by key (`w:<path>`, `m:<target>`). */
  moved: ReadonlyMap<string, Motion>;
  /** The playground snapshot's version: a new one replays a moved part's transition. */
  round: number;
}

export function Stack({ layers, pick, onPick, moved, round }: StackProps) {
  const mark = (key: string) => {
    const motion = moved.get(key);
    return motion ? { key: `${key}@${round}`, 'data-motion': motion.kind } : { key };
  };
  const picked = (p: LayerPick) =>
    p.kind === pick.kind &&
    (p.kind === 'writable' || (pick.kind === 'image' && p.index === pick.index));
  const steps = [...layers.history].reverse();
  return (
    <div className={styles.stack}>
      <p className={styles.caption}>
        위에 있는 것이 아래의 같은 경로를 가립니다. 레이어를 누르면 옆에서 자세히 봅니다.
      </p>
      <ol className={styles.bands} aria-label="레이어와 마운트, 위에서 아래로">
        {layers.mounts.map((m) => (
          <li
            {...mark(`m:${m.target}`)}
            className={`${styles.band} ${styles.mount} ${mountTone(m.kind)}`}
          >
            <span className={styles.bandTitle}>
              <code>{m.target}</code> ← {mountName(m)}
            </span>
            <span className={styles.bandMeta}>
              {[
                m.rw ? '읽기·쓰기' : '읽기 전용',
                m.source ? `호스트 ${m.source}` : null,
                m.filledFromImage ? '이미지 내용으로 채워짐' : null,
                m.shadows ? `${sourceText(m.shadows)}의 내용을 가림` : null,
                m.file ? '파일 하나만: 디렉터리의 다른 파일은 그대로' : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
        <li className={`${styles.band} ${styles.toneWritable}`} key="writable">
          <button
            type="button"
            className={styles.pickButton}
            aria-pressed={picked({ kind: 'writable' })}
            onClick={() => onPick({ kind: 'writable' })}
          >
            <span className={styles.bandTitle}>기록 가능 레이어</span>
            <span className={styles.bandMeta}>
              {humanSize(layers.writable.size)} · 이 컨테이너만의 레이어
            </span>
          </button>
          {layers.writable.entries.length > 0 ? (
            <ul className={styles.entries}>
              {layers.writable.entries.map((e) => (
                <li {...mark(`w:${e.path}`)} className={styles.entry} data-kind={e.kind}>
                  <WritableItem entry={e} />
                </li>
              ))}
              {layers.writable.more > 0 && <li>외 {layers.writable.more}개</li>}
            </ul>
          ) : (
            <span className={styles.bandMeta}>비어 있음: 아직 바뀐 파일이 없습니다</span>
          )}
        </li>
        {steps.map((row) =>
          row.layer ? (
            <li
              key={`s${row.step}`}
              className={`${styles.band} ${row.layer % 2 ? styles.toneImage : styles.toneImage2}`}
            >
              <button
                type="button"
                className={styles.pickButton}
                aria-pressed={picked({ kind: 'image', index: row.layer })}
                onClick={() => onPick({ kind: 'image', index: row.layer! })}
              >
                <span className={styles.bandTitle}>
                  이미지 레이어 {row.layer} · {humanSize(row.size)}
                </span>
                <Instruction row={row} />
              </button>
            </li>
          ) : (
            <li key={`s${row.step}`} className={styles.step}>
              <Instruction row={row} /> · 0B · 설정만 바꿔 레이어 없음
            </li>
          ),
        )}
      </ol>
    </div>
  );
}

function Instruction({ row }: { row: HistoryRow }) {
  const text = /^[A-Z]+ /.test(row.instruction) ? <code>{row.instruction}</code> : row.instruction;
  return (
    <span className={styles.bandMeta}>
      {text}
      {row.empty && row.layer ? ` · ${EMPTY_REASON[row.empty]}` : null}
    </span>
  );
}

function WritableItem({ entry }: { entry: WritableEntry }) {
  return (
    <>
      <code className={styles.entryPath}>{entry.path}</code>{' '}
      <span className={styles.entryKind}>{KIND_LABEL[entry.kind]}</span>
      {entry.hides && (
        <span className={styles.entryNote}>
          {' '}
          · {sourceText(entry.hides)}의 {entry.kind === 'opaque' ? '디렉터리를' : '파일을'} 가림
        </span>
      )}
      {entry.mountPoint && <span className={styles.entryNote}> · 마운트 지점</span>}
    </>
  );
}

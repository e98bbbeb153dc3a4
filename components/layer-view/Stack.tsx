/** The stack as bands: mounts on top (at their paths), the writable layer, image layers below. */
import {
  humanSize,
  mountName,
  sourceText,
  volumeLabel,
  type ContainerLayers,
  type LayerModel,
  type WritableEntry,
} from '@/lib/layers';
import styles from './LayerView.module.css';
import { mountTone } from './palette';

const KIND_LABEL = {
  added: '추가',
  'changed': '복사됨(copy-up)',
  whiteout: '삭제 표시(화이트아웃)',
  opaque: '불투명 디렉터리',
} as const;

interface StackProps {
  layers: ContainerLayers;
  volumes: LayerModel['volumes'];
  /** Keys of parts changed by the last command (`w:<path>`, `m:<target>`). */
  changed: ReadonlySet<string>;
  /** Bumps on every command, so a changed part replays its highlight. */
  round: number;
}

export function Stack({ layers, volumes, changed, round }: StackProps) {
  const mark = (key: string) =>
    changed.has(key) ? { key: `${key}@${round}`, 'data-changed': '' } : { key };
  return (
    <div className={styles.stack}>
      <p className={styles.caption}>위에 있는 것이 아래에 있는 같은 경로를 가립니다.</p>
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
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
        <li className={`${styles.band} ${styles.toneWritable}`} key="writable">
          <span className={styles.bandTitle}>기록 가능 레이어</span>
          <span className={styles.bandMeta}>
            {humanSize(layers.writable.size)} · 이 컨테이너만의 레이어
          </span>
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
        {[...layers.imageLayers].reverse().map((l) => (
          <li
            key={l.id}
            className={`${styles.band} ${l.index % 2 ? styles.toneImage : styles.toneImage2}`}
          >
            <span className={styles.bandTitle}>이미지 레이어 {l.index}</span>
            <span className={styles.bandMeta}>
              {/^[A-Z]+ /.test(l.instruction) ? <code>{l.instruction}</code> : l.instruction} ·{' '}
              {humanSize(l.size)} · 읽기 전용
            </span>
          </li>
        ))}
      </ol>
      {volumes.length > 0 && (
        <div className={styles.volumes}>
          <p className={styles.volumesTitle}>볼륨 (컨테이너와 따로 남음)</p>
          <ul>
            {volumes.map((v) => (
              <li key={v.name}>
                <code>{volumeLabel(v.name)}</code>
                {v.anonymous ? ' (익명)' : ''} ·{' '}
                {v.users.length > 0 ? `${v.users.join(', ')} 사용 중` : '사용하는 컨테이너 없음'}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
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

/**
 * On demand: every container and volume of the machine. Containers of one image share its
 * read-only layers (drawn once) and each has its own writable layer; a volume no container uses
 * is still there. Choosing a container shows its stack in the main picture.
 */
import { humanSize, STATUS_TEXT, volumeLabel, type LayerModel } from '@/lib/layers';
import styles from './LayerView.module.css';

interface OverviewProps {
  model: LayerModel;
  onChoose(container: string): void;
  idPrefix: string;
}

export function Overview({ model, onChoose, idPrefix }: OverviewProps) {
  const selected = model.selected?.id;
  return (
    <details className={styles.more} data-layer-overview>
      <summary>
        모든 컨테이너와 볼륨: 컨테이너 {model.containers.length}개, 볼륨 {model.volumes.length}개
      </summary>
      <div className={styles.moreBody}>
        <ul className={styles.images}>
          {model.images.map((image) => (
            <li key={image.id} className={styles.shared}>
              <p className={styles.sharedTitle} id={`${idPrefix}-img-${image.id.slice(7, 19)}`}>
                이미지 <code>{image.ref}</code>: 읽기 전용 레이어 {image.layers}개,{' '}
                {humanSize(image.size)}
                {image.containers.length > 1
                  ? ` · 컨테이너 ${image.containers.length}개가 함께 씀`
                  : ''}
              </p>
              <ul
                className={styles.writables}
                aria-labelledby={`${idPrefix}-img-${image.id.slice(7, 19)}`}
              >
                {image.containers.map((c) => (
                  <li key={c.id}>
                    <button
                      type="button"
                      className={styles.writableButton}
                      aria-pressed={c.id === selected}
                      onClick={() => onChoose(c.id)}
                    >
                      <span className={styles.bandTitle}>{c.name}</span>
                      <span className={styles.bandMeta}>
                        {STATUS_TEXT[c.status]} · 기록 가능 레이어 {humanSize(c.writable)}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
        {model.volumes.length > 0 && (
          <>
            <p className={styles.moreTitle}>볼륨 (컨테이너와 따로 남음)</p>
            <ul>
              {model.volumes.map((v) => (
                <li key={v.name} data-unused={v.users.length === 0 ? '' : undefined}>
                  <code>{volumeLabel(v.name)}</code>
                  {v.anonymous ? ' (익명)' : ''} ·{' '}
                  {v.users.length > 0
                    ? `${v.users.join(', ')} 사용 중`
                    : '사용하는 컨테이너 없음: 컨테이너가 지워져도 남아 있음'}
                  {v.empty ? ' · 비어 있음' : ''}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </details>
  );
}

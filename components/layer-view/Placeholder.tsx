/**
 * The layer view before the machine exists: the same frame and empty state the live view shows
 * with no container, server-rendered, so nothing below the playground moves when it loads.
 * No simulation code here: it is part of the page's first load.
 */
import { useId } from 'react';
import { EMPTY_TEXT } from '@/lib/layers/empty';
import styles from './LayerView.module.css';

export function EmptyState() {
  return (
    <p className={styles.empty}>
      아직 컨테이너가 없습니다. 터미널에서 <code>docker container run</code>으로 컨테이너를 만들면
      이미지 레이어와 기록 가능 레이어가 여기에 나타납니다.
    </p>
  );
}

export function LayerViewPlaceholder() {
  const id = useId();
  return (
    <div
      role="group"
      className={styles.view}
      aria-labelledby={`${id}-title`}
      data-layer-view-placeholder
    >
      <header className={styles.head}>
        <p className={styles.title} id={`${id}-title`}>
          레이어 보기
        </p>
      </header>
      <p className={styles.changes} />
      <EmptyState />
      <details className={styles.text}>
        <summary>레이어 보기를 글로 읽기</summary>
        <ul aria-label="레이어 보기 텍스트 설명">
          <li>{EMPTY_TEXT}</li>
        </ul>
      </details>
    </div>
  );
}

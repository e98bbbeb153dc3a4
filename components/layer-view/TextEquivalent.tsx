/** The whole picture as Korean sentences, always in the DOM (screen readers, tests). */
import { useMemo } from 'react';
import { describeModel, inspectionLines, type LayerModel } from '@/lib/layers';
import styles from './LayerView.module.css';

export function TextEquivalent({ model }: { model: LayerModel }) {
  // Built once per model (a command or a click), not on every render of the page.
  const lines = useMemo(() => {
    const inspect = model.selected?.inspect;
    return [...describeModel(model), ...(inspect ? inspectionLines(inspect) : [])];
  }, [model]);
  return (
    <details className={styles.text}>
      <summary>레이어 보기를 글로 읽기</summary>
      <ul aria-label="레이어 보기 텍스트 설명" data-layer-text>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </details>
  );
}

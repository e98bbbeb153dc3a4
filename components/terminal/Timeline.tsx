/** The playground's command history under its toolbar, folded: every step since the start. */
import { useId } from 'react';
import type { Step } from '@/lib/playground';
import { stepText } from './step-text';
import styles from './Toolbar.module.css';

export function Timeline({ steps }: { steps: readonly Step[] }) {
  const timelineId = useId();
  return (
    <details className={styles.timeline} aria-describedby={timelineId}>
      <summary>
        명령 기록 <span id={timelineId}>({steps.length})</span>
      </summary>
      {steps.length === 0 ? (
        <p>아직 실행한 명령이 없습니다.</p>
      ) : (
        <ol aria-label="명령 기록">
          {steps.map((step, i) => (
            <li key={i} data-depth={'edit' in step ? undefined : step.depth}>
              <code>{stepText(step)}</code>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

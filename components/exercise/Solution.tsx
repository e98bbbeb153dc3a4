/** The exercise's reference solution, revealed on request after the last hint. */
import { useState } from 'react';
import styles from './Goals.module.css';

export function Solution({ lines }: { lines: readonly string[] }) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button type="button" className={styles.hintButton} onClick={() => setOpen(true)}>
        풀이 보기
      </button>
    );
  return (
    <div className={styles.solution} data-solution>
      <p className={styles.hint}>
        <strong>풀이</strong> 아래 명령을 차례로 실행하면 모든 목표를 달성합니다. 이미 실행한 명령이
        있다면 &lsquo;처음부터&rsquo;로 돌아가 다시 해 보세요.
      </p>
      <ol aria-label="풀이 명령">
        {lines.map((line, i) => (
          <li key={i}>
            <code>{line}</code>
          </li>
        ))}
      </ol>
    </div>
  );
}

'use client';
/**
 * A page's exercises done, as text: "실습 3개" until the saved progress is known (and while none
 * is done), then "실습 1/3 완료", or "✓ 실습 3/3 완료". One line either way, so nothing moves.
 */
import { completedCount } from '@/lib/progress';
import { useProgress } from './store';
import styles from './Progress.module.css';

export function SectionProgress({ ids, className }: { ids: string[]; className?: string }) {
  const loaded = useProgress();
  const done = loaded ? completedCount(loaded.progress, ids) : 0;
  const all = done === ids.length;
  return (
    <p
      className={`${styles.section} ${done > 0 ? styles.some : ''} ${all ? styles.all : ''} ${className ?? ''}`}
      data-exercises-done={loaded ? done : undefined}
    >
      {done === 0 ? (
        `실습 ${ids.length}개`
      ) : (
        <>
          {all ? <span aria-hidden="true">✓ </span> : null}실습 {done}/{ids.length} 완료
        </>
      )}
    </p>
  );
}

/** After a subsection's link: a tick when its exercise was completed (a fixed-width slot). */
export function ExerciseMark({ scenario }: { scenario: string }) {
  const loaded = useProgress();
  const done = loaded ? completedCount(loaded.progress, [scenario]) === 1 : false;
  return (
    <span className={styles.mark} data-exercise-done={done ? scenario : undefined}>
      {done ? (
        <>
          <span aria-hidden="true">✓</span>
          <span className={styles.srOnly}>실습 완료</span>
        </>
      ) : null}
    </span>
  );
}
